// The scorer, for any widget: one module Web Worker running Pyodide, kept at
// module level so it survives Material's instant navigation and is shared by
// every widget on the page. Nothing here touches the DOM.
//
//   boot(island)                      start once; island = {pyodide, scorer, pyodide_integrity}
//   score(text, lp, initiative)       Promise of the scorer's result object (parsed JSON)
//   subscribe(listener)               listener(status) now and on every change; returns unsubscribe
//   status()                          {state: loading|ready|error, stage, reason, kind, bytes}
//   restart()                         a fresh worker (for "Try again"); the same island
//
// Every wait is bounded, so no promise here can stay pending forever: the boot
// fails after a long stretch with no sign of life (a stage change or bytes
// arriving), and a request fails when the ready worker does not answer in time.
// A failure of either kind, or the worker's own error events, ends in the
// `error` state with a one-line reason; restart() is the way out of it.

// Asset paths in island data are site-relative; the site root is two folders
// above this module, whatever page or sub-path loaded it.
const SITE_ROOT = new URL("../../", import.meta.url);

// Generous: a cold boot on a slow machine compiles the runtime for tens of
// seconds without a byte arriving. Downloads reset the clock as bytes arrive,
// so a slow network gets as long as it keeps delivering.
export const TIMEOUTS = { bootQuietMs: 120_000, requestMs: 60_000 };

const STATE_OF = { idle: "loading", runtime: "loading", scorer: "loading", ready: "ready", error: "error" };

const engine = {
  worker: null,
  island: null,
  stage: "idle", // idle | runtime | scorer | ready | error
  reason: "",
  kind: "", // why it failed: unsupported | load | crash | timeout | ""
  bytes: 0, // bytes the worker has received so far during boot
  listeners: new Set(),
  pending: new Map(), // id -> {resolve, reject, text, lp, initiative, timer, sent}
  nextId: 1,
  bootTimer: null,
  ready: null, // {promise, resolve, reject} for boot()
};

/** The last non-empty line of an error, so a Python traceback never fills a status line. */
export function oneLine(reason) {
  const lines = String(reason ?? "").split("\n").map((line) => line.trim()).filter(Boolean);
  const last = lines.length ? lines[lines.length - 1] : "";
  return last.length > 200 ? last.slice(0, 199) + "…" : last;
}

export function status() {
  return { state: STATE_OF[engine.stage], stage: engine.stage, reason: engine.reason, kind: engine.kind, bytes: engine.bytes };
}

export function subscribe(listener) {
  engine.listeners.add(listener);
  listener(status());
  return () => engine.listeners.delete(listener);
}

function notify() {
  const now = status();
  for (const listener of [...engine.listeners]) {
    try {
      listener(now);
    } catch (error) {
      console.warn("LP Coach: a scorer listener failed", error);
    }
  }
}

function deferred() {
  const d = {};
  d.promise = new Promise((resolve, reject) => Object.assign(d, { resolve, reject }));
  d.promise.catch(() => {}); // callers that never await boot() must not see an unhandled rejection
  return d;
}

function settled(error) {
  const rejected = Promise.reject(error);
  rejected.catch(() => {});
  return rejected;
}

/* ------------------------------------------------------------- watchdogs -- */

function armBootTimer() {
  clearTimeout(engine.bootTimer);
  engine.bootTimer = setTimeout(() => {
    fail("timeout", `the scorer stopped loading (nothing arrived for ${Math.round(TIMEOUTS.bootQuietMs / 1000)} s)`);
  }, TIMEOUTS.bootQuietMs);
}

function send(id) {
  const request = engine.pending.get(id);
  if (!request || request.sent) return;
  request.sent = true;
  engine.worker.postMessage({ type: "score", id, text: request.text, lp: request.lp, initiative: request.initiative });
  request.timer = setTimeout(() => {
    // A worker that hangs or closed itself answers nothing; it cannot be trusted with the next request either.
    fail("timeout", `the scorer did not answer within ${Math.round(TIMEOUTS.requestMs / 1000)} s`);
  }, TIMEOUTS.requestMs);
}

/* ------------------------------------------------------------ lifecycle -- */

function setStage(stage) {
  engine.stage = stage;
  if (stage === "ready") {
    clearTimeout(engine.bootTimer);
    engine.ready.resolve();
    for (const id of engine.pending.keys()) send(id);
  } else {
    armBootTimer();
  }
  notify();
}

/** Enter the error state: stop the worker, reject everything waiting, keep the island for restart(). */
function fail(kind, reason) {
  clearTimeout(engine.bootTimer);
  if (engine.worker) engine.worker.terminate();
  engine.worker = null;
  engine.stage = "error";
  engine.kind = kind;
  engine.reason = oneLine(reason) || "the scorer stopped";
  const error = new Error(engine.reason);
  for (const request of engine.pending.values()) {
    clearTimeout(request.timer);
    request.reject(error);
  }
  engine.pending.clear();
  if (engine.ready) engine.ready.reject(error);
  notify();
}

function onMessage(event) {
  const message = event.data || {};
  if (message.type === "stage") setStage(message.stage);
  else if (message.type === "progress") {
    engine.bytes = Number(message.bytes) || engine.bytes;
    if (engine.stage !== "ready") armBootTimer();
  } else if (message.type === "ready") setStage("ready");
  else if (message.type === "failed") fail("load", message.reason);
  else if (message.type === "result") {
    const request = engine.pending.get(message.id);
    if (!request) return;
    engine.pending.delete(message.id);
    clearTimeout(request.timer);
    if (typeof message.json !== "string") {
      request.reject(new Error(oneLine(message.error) || "the scorer failed"));
      return;
    }
    try {
      request.resolve(JSON.parse(message.json));
    } catch {
      request.reject(new Error("the scorer's answer was not JSON"));
    }
  }
}

/** Start the worker once per page life; resolves when the scorer is ready. Safe to call again. */
export function boot(island) {
  if (island && !engine.island) engine.island = island;
  if (engine.worker) return engine.ready.promise;
  if (engine.stage === "error") return settled(new Error(engine.reason)); // restart() is the way out
  engine.ready = deferred();
  engine.stage = "idle";
  engine.reason = "";
  engine.kind = "";
  engine.bytes = 0;
  const config = engine.island || {};
  try {
    if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
    if (typeof Worker !== "function") throw new Error("this browser cannot run web workers");
    if (!config.pyodide || !config.scorer) throw new Error("the page does not say where the scorer is");
    engine.worker = new Worker(new URL("./scorer-worker.js", import.meta.url), { type: "module", name: "lpcoach-scorer" });
  } catch (error) {
    fail(/WebAssembly|web workers/.test(String(error.message)) ? "unsupported" : "load", String(error.message || error));
    return engine.ready.promise;
  }
  const worker = engine.worker;
  const own = (handler) => (event) => { if (engine.worker === worker) handler(event); };
  worker.addEventListener("message", own(onMessage));
  worker.addEventListener("error", own((event) => {
    event.preventDefault(); // reported through the state instead of as an uncaught error
    fail("crash", `the scorer's worker stopped${event.message ? `: ${event.message}` : ""}`);
  }));
  worker.addEventListener("messageerror", own(() => fail("crash", "the scorer's worker sent a message that could not be read")));
  worker.postMessage({
    type: "boot",
    pyodide: new URL(config.pyodide, SITE_ROOT).href,
    integrity: config.pyodide_integrity || undefined,
    scorer: new URL(config.scorer, SITE_ROOT).href,
  });
  setStage("runtime");
  return engine.ready.promise;
}

/** A fresh worker with the same island: the way out of the error state. */
export function restart() {
  if (engine.worker) engine.worker.terminate();
  engine.worker = null;
  engine.stage = "idle";
  return boot();
}

/** Score in the worker; queued until the boot ends. Rejects with a one-line Error. */
export function score(text, lp = null, initiative = false) {
  if (engine.stage === "error") return Promise.reject(new Error(engine.reason || "the scorer could not load"));
  if (!engine.worker) boot();
  if (!engine.worker) return Promise.reject(new Error(engine.reason || "the scorer could not load"));
  const id = engine.nextId++;
  return new Promise((resolve, reject) => {
    engine.pending.set(id, { resolve, reject, text: String(text), lp: lp || null, initiative: Boolean(initiative), timer: null, sent: false });
    if (engine.stage === "ready") send(id);
  });
}
