// Drawing a mock loop: which principles, which question for each. Never the
// same principle twice in a loop, and not a question asked in recent loops
// while the principle has others left. Pure; the caller passes the randomness.

function shuffled(items, rng) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * principles: [{id, questions: [{id, text, initiative}]}] (only those with questions count)
 * choice: {size, lp: a principle id or "", preset: {principles} or null}
 * recent: question ids asked lately, most recent first
 * Returns [{lp, question}] of at most `size` (fewer only when fewer principles exist).
 */
export function drawLoop(principles, { size, lp = "", preset = null }, recent = [], rng = Math.random) {
  const usable = principles.filter((p) => p.questions.length);
  const byId = new Map(usable.map((p) => [p.id, p]));
  let order;
  if (preset) order = preset.principles.filter((id) => byId.has(id));
  else {
    const rest = shuffled(usable.map((p) => p.id).filter((id) => id !== lp), rng);
    order = byId.has(lp) ? [lp, ...rest] : rest;
  }
  const count = preset ? order.length : Math.max(1, Math.min(size, order.length));
  const seen = new Set(recent);
  return order.slice(0, count).map((id) => {
    const questions = byId.get(id).questions;
    const fresh = questions.filter((q) => !seen.has(q.id));
    const pool = fresh.length ? fresh : questions;
    return { lp: id, question: pool[Math.floor(rng() * pool.length)] };
  });
}
