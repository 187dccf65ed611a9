// The mechanism under storage.js: a versioned envelope, validation on read, a
// size cap, and graceful failure when storage is disabled, full or corrupt.
// Widgets do not make a Store themselves: storage.js owns every key, its
// schema, validation and migrations. Nothing here ever leaves the device.

const PREFIX = "lpcoach:";
export const MAX_BYTES = 2_000_000; // per key; localStorage usually allows ~5 MB per site

let cachedStorage;
function storage() {
  if (cachedStorage !== undefined) return cachedStorage;
  try {
    const s = window.localStorage;
    const probe = PREFIX + "__probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    cachedStorage = s;
  } catch {
    cachedStorage = null; // disabled (private mode, policy) or blocked
  }
  return cachedStorage;
}

export function storageAvailable() {
  return storage() !== null;
}

/**
 * A named, versioned slot in localStorage.
 *   read()  -> { value, status: "ok" | "repaired" | "empty" | "corrupt" | "unavailable" }
 *           a corrupt or invalid value is repaired when the key allows it, else
 *           removed and reported once as "corrupt"
 *   write(value) -> { ok, status: "ok" | "too-large" | "full" | "unavailable" }
 */
export class Store {
  constructor(name, { version = 1, validate = () => true, empty = () => null, repair = null } = {}) {
    this.key = `${PREFIX}${name}`;
    this.version = version;
    this.validate = validate;
    this.empty = empty;
    // repair(data) -> data | null: keep the good part of a value that fails validation
    // (one bad entry must not cost the reader every other one); written back when it works.
    this.repair = repair;
  }

  read() {
    const s = storage();
    if (!s) return { value: this.empty(), status: "unavailable" };
    let raw;
    try {
      raw = s.getItem(this.key);
    } catch {
      return { value: this.empty(), status: "unavailable" };
    }
    if (raw === null) return { value: this.empty(), status: "empty" };
    try {
      const envelope = JSON.parse(raw);
      if (envelope && envelope.v === this.version && this.validate(envelope.data)) {
        return { value: envelope.data, status: "ok" };
      }
      if (envelope && envelope.v === this.version && this.repair) {
        const repaired = this.repair(envelope.data);
        if (repaired !== null && this.validate(repaired)) {
          this.write(repaired);
          return { value: repaired, status: "repaired" };
        }
      }
    } catch {
      /* fall through: unreadable JSON is corrupt */
    }
    try {
      s.removeItem(this.key);
    } catch {
      /* ignore */
    }
    return { value: this.empty(), status: "corrupt" };
  }

  write(value) {
    const s = storage();
    if (!s) return { ok: false, status: "unavailable" };
    const raw = JSON.stringify({ v: this.version, data: value });
    if (raw.length > MAX_BYTES) return { ok: false, status: "too-large" };
    try {
      s.setItem(this.key, raw);
      return { ok: true, status: "ok" };
    } catch {
      return { ok: false, status: "full" }; // QuotaExceededError or a storage that refuses writes
    }
  }

  clear() {
    const s = storage();
    if (!s) return;
    try {
      s.removeItem(this.key);
    } catch {
      /* ignore */
    }
  }
}

/** Show a short, polite notice at the top of a widget (text only, never HTML). */
export function showNotice(root, text, kind = "info") {
  let notice = root.querySelector(":scope > .lp-notice");
  if (!notice) {
    notice = document.createElement("p");
    notice.className = "lp-notice";
    notice.setAttribute("role", "status");
    root.prepend(notice);
  }
  notice.dataset.kind = kind;
  notice.textContent = text;
  return notice;
}

/** Plain shape checks used by validators. */
export const is = {
  object: (v) => v !== null && typeof v === "object" && !Array.isArray(v),
  int: (v) => Number.isInteger(v),
  string: (v) => typeof v === "string",
  array: (v) => Array.isArray(v),
};
