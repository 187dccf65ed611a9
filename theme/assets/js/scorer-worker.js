// The scorer's module Web Worker: boots Pyodide off the main thread,
// opens the scorer bundle and answers score requests. Only JSON strings and
// plain objects cross back; no Python proxy ever leaves this worker.
//
// Messages in:  {type: "boot", pyodide, integrity, scorer}   (absolute URLs)
//               {type: "score", id, text, lp, initiative}
// Messages out: {type: "stage", stage: "runtime" | "scorer"}
//               {type: "progress", bytes}  (while downloads are arriving)
//               {type: "ready"} | {type: "failed", reason}
//               {type: "result", id, json} | {type: "result", id, error}

const EXTRACT_DIR = "/home/pyodide/lpcoach";

const PROGRESS_EVERY_MS = 250;

let booted = null; // Promise of the Python score_json callable
let settled = false; // the boot has ended, one way or the other

function post(message) {
  self.postMessage(message);
}

// Count the bytes of every download the runtime makes, so the page can tell a
// slow network (bytes still arriving) from a boot that has stopped.
let received = 0;
let lastProgress = 0;
const plainFetch = self.fetch.bind(self);
self.fetch = async (...args) => {
  const response = await plainFetch(...args);
  if (settled || !response.body) return response;
  const counter = new TransformStream({
    transform(chunk, controller) {
      received += chunk.byteLength;
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        post({ type: "progress", bytes: received });
      }
      controller.enqueue(chunk);
    },
  });
  const { status, statusText, headers } = response;
  return new Response(response.body.pipeThrough(counter), { status, statusText, headers });
};

// Pyodide can fail (a missing or truncated .wasm) without settling its own
// promise; the failure still surfaces here, so report it instead of hanging.
self.addEventListener("unhandledrejection", (event) => {
  if (settled) return;
  event.preventDefault();
  const reason = event.reason;
  settle({ type: "failed", reason: String((reason && reason.message) || reason || "the runtime failed") });
});

function settle(message) {
  if (settled) return;
  settled = true;
  post(message);
}

// With an SRI hash, fetch pyodide.mjs with integrity and import it from a blob
// URL; its sibling files are then found through an explicit, absolute indexURL
// (a blob URL has no folder to default to).
async function importRuntime(url, integrity) {
  if (!integrity) return { module: await import(url), indexURL: undefined };
  const response = await fetch(url, { integrity, credentials: "omit" });
  if (!response.ok) throw new Error(`runtime answered ${response.status}`);
  const blob = new Blob([await response.text()], { type: "text/javascript" });
  const blobUrl = URL.createObjectURL(blob);
  try {
    return { module: await import(blobUrl), indexURL: new URL("./", url).href };
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

async function fetchBundle(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`scorer bundle answered ${response.status}`);
  return response.arrayBuffer();
}

async function boot({ pyodide: pyodideUrl, integrity, scorer: scorerUrl }) {
  if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
  post({ type: "stage", stage: "runtime" });
  // The bundle downloads while the runtime boots; both are needed for "ready".
  const bundle = fetchBundle(scorerUrl);
  bundle.catch(() => {}); // reported below when awaited; avoid an unhandled rejection meanwhile
  const { module, indexURL } = await importRuntime(pyodideUrl, integrity);
  const options = { stdout: () => {}, stderr: () => {} };
  if (indexURL) options.indexURL = indexURL;
  const pyodide = await module.loadPyodide(options);
  post({ type: "stage", stage: "scorer" });
  pyodide.unpackArchive(await bundle, "zip", { extractDir: EXTRACT_DIR });
  // scorer loads its engine lazily; load it now so the reader's first score is not the slow one.
  pyodide.runPython(`import sys\nif ${JSON.stringify(EXTRACT_DIR)} not in sys.path: sys.path.insert(0, ${JSON.stringify(EXTRACT_DIR)})\nimport scorer, scorer.engine`);
  return pyodide.pyimport("scorer").score_json;
}

function score(scoreJson, { id, text, lp, initiative }) {
  try {
    post({ type: "result", id, json: scoreJson(text, lp || null, Boolean(initiative)) });
  } catch (error) {
    // A Python exception (e.g. an empty answer) arrives as a PythonError whose
    // message ends with the Python message; keep its last line only.
    const lines = String((error && error.message) || error).trim().split("\n");
    post({ type: "result", id, error: lines[lines.length - 1] });
  }
}

self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type === "boot" && !booted) {
    booted = boot(message);
    booted.then(
      () => settle({ type: "ready" }),
      (error) => settle({ type: "failed", reason: String((error && error.message) || error) }),
    );
  } else if (message.type === "score") {
    if (!booted) {
      post({ type: "result", id: message.id, error: "the scorer has not been started" });
      return;
    }
    booted.then(
      (scoreJson) => score(scoreJson, message),
      () => post({ type: "result", id: message.id, error: "the scorer could not load" }),
    );
  }
};
