// Shared helpers of the Majordome pages. Brand text is only ever written with textContent / text nodes.

/** The per-install token the page was served with (sent in the x-majordome-token header). */
export function token() {
  const meta = document.querySelector('meta[name="majordome-token"]');
  return meta ? meta.getAttribute('content') || '' : '';
}

/** Calls the app's JSON API; throws an Error with `code` and `issues` on a typed error answer. */
export async function api(method, path, body) {
  const headers = { accept: 'application/json', 'x-majordome-token': token() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  if (!response.ok) {
    const error = new Error((json && json.error && json.error.message) || `HTTP ${response.status}`);
    error.code = json && json.error ? json.error.code : undefined;
    error.issues = (json && json.error && json.error.issues) || [];
    throw error;
  }
  return json;
}

/** Creates an element; attributes are set as attributes (never event handlers), children become text nodes. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false || /^on/i.test(name)) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, everything else as text. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Reads a text/event-stream response body into { event, data } messages (data parsed as JSON). */
export async function* readSse(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let match;
    while ((match = /\r?\n\r?\n/.exec(buffer))) {
      const block = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      let event = 'message';
      const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) yield { event, data: JSON.parse(data.join('\n')) };
    }
  }
}

/**
 * The server's line about a brand's trust moving (or unchanged) after a purchase or a report, in the turn's language,
 * with a link to the brand's ledger; null when the ledger has never seen the brand.
 */
export function trustChange(trust) {
  if (!trust || !trust.text) return null;
  const link = el('a', { href: `/trust/${encodeURIComponent(trust.brandId || '')}` }, trust.seeLedger);
  return el('p', { class: trust.unchanged ? 'trust-change unchanged' : 'trust-change' }, `${trust.text} `, link);
}
