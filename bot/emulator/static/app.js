// The emulator page: sends through the server (which posts real activities to the bot) and
// shows everything the local connector receives, including proactive messages.
"use strict";

const $ = (id) => document.getElementById(id);
const log = $("log");
let after = 0;
let boot = null;  // the server's start id: a new one means it restarted
let typingRow = null;

// No zone from the browser: leave it empty and the bot uses the course's.
$("tz").value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";

function conversationId() {
  const type = $("ctype").value;
  return type === "personal" ? "personal-" + $("user").value : "local-" + type;
}

function scrollDown() { log.scrollTop = log.scrollHeight; }

function row(role, node) {
  if (typingRow) { typingRow.remove(); typingRow = null; }
  const div = document.createElement("div");
  div.className = "msg " + role;
  div.append(node);
  log.append(div);
  scrollDown();
  return div;
}

function text(t) { return document.createTextNode(t || ""); }

// --- Markdown as Teams renders it in messages and TextBlocks: bold, italics, links, lists
// (items on lines of their own, "\r" or "\n" between them), line breaks; nothing else
// (no headings, quotes, tables or code: Teams shows those characters as typed). Built as
// DOM nodes, never as HTML strings.
function inlineMarkdown(src, parent) {
  const pattern = /\\([\\`*_\[\]()#+\-.!])|\*\*(.+?)\*\*|__(.+?)__|(^|[^\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(^|[^\w])_(?!\s)(.+?)(?<!\s)_(?!\w)|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/;
  let rest = src;
  while (rest) {
    const m = pattern.exec(rest);
    if (!m) { parent.append(text(rest)); break; }
    parent.append(text(rest.slice(0, m.index)));
    if (m[1] !== undefined) {
      parent.append(text(m[1]));
    } else if (m[2] !== undefined || m[3] !== undefined) {
      const b = document.createElement("strong");
      inlineMarkdown(m[2] !== undefined ? m[2] : m[3], b);
      parent.append(b);
    } else if (m[5] !== undefined || m[7] !== undefined) {
      parent.append(text(m[5] !== undefined ? m[4] : m[6]));
      const i = document.createElement("em");
      inlineMarkdown(m[5] !== undefined ? m[5] : m[7], i);
      parent.append(i);
    } else {
      const a = document.createElement("a");
      a.href = m[9];
      a.target = "_blank";
      a.rel = "noopener";
      inlineMarkdown(m[8], a);
      parent.append(a);
    }
    rest = rest.slice(m.index + m[0].length);
  }
}

function markdown(src) {
  const root = document.createElement("div");
  root.className = "md";
  const lines = (src || "").replace(/\r\n?/g, "\n").split("\n");
  let list = null;
  let para = null;
  for (const line of lines) {
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      const tag = item[1] ? "UL" : "OL";
      if (!list || list.tagName !== tag) {
        list = document.createElement(tag);
        if (!item[1]) list.start = parseInt(item[2], 10);
        root.append(list);
      }
      const li = document.createElement("li");
      inlineMarkdown(item[3], li);
      list.append(li);
      para = null;
      continue;
    }
    list = null;
    if (!line.trim()) { para = null; continue; }
    if (para) { para.append(document.createElement("br")); }
    else { para = document.createElement("p"); root.append(para); }
    inlineMarkdown(line, para);
  }
  return root;
}

// --- a small Adaptive Card renderer: the elements and actions the bot sends ---------------
function renderElements(items, parent) {
  for (const el of items || []) {
    const node = renderElement(el);
    if (node) parent.append(node);
  }
}

function renderElement(el) {
  switch (el.type) {
    case "TextBlock": {
      const p = markdown(el.text || "");
      p.className = "tb" + (el.weight === "Bolder" ? " bold" : "") + (el.isSubtle ? " subtle" : "")
        + (el.fontType === "Monospace" ? " mono" : "")
        + (el.horizontalAlignment === "Center" ? " center" : "");
      if (el.fontType === "Monospace") { p.textContent = el.text || ""; }
      return p;
    }
    case "CodeBlock": {
      const pre = document.createElement("pre");
      pre.className = "codeblock";
      pre.dataset.language = el.language || "";
      pre.textContent = el.codeSnippet || "";
      return pre;
    }
    case "Table": {
      const table = document.createElement("table");
      table.className = "table" + (el.showGridLines === false ? "" : " grid");
      (el.rows || []).forEach((r, n) => {
        const tr = table.insertRow();
        for (const c of r.cells || []) {
          const cell = document.createElement(n === 0 && el.firstRowAsHeader !== false ? "th" : "td");
          renderElements(c.items, cell);
          tr.append(cell);
        }
      });
      return table;
    }
    case "RichTextBlock": {  // TextRuns: plain text, never Markdown
      const p = document.createElement("div");
      p.className = "tb";
      p.textContent = (el.inlines || []).map((r) => (typeof r === "string" ? r : r.text || "")).join("");
      return p;
    }
    case "FactSet": {
      const table = document.createElement("table");
      table.className = "facts";
      for (const f of el.facts || []) {
        const tr = table.insertRow();
        tr.insertCell().textContent = f.title || "";
        tr.insertCell().textContent = f.value || "";
      }
      return table;
    }
    case "Container": {
      const div = document.createElement("div");
      div.className = (el.separator ? "container" : "") + (el.style === "emphasis" ? " emphasis" : "");
      renderElements(el.items, div);
      return div;
    }
    case "ColumnSet": {
      const div = document.createElement("div");
      div.style.display = "flex";
      div.style.gap = "12px";
      for (const col of el.columns || []) {
        const c = document.createElement("div");
        renderElements(col.items, c);
        div.append(c);
      }
      return div;
    }
    case "ActionSet": {
      return renderActions(el.actions);
    }
    case "Input.Text": {
      const input = document.createElement(el.isMultiline ? "textarea" : "input");
      input.dataset.inputId = el.id;
      input.placeholder = el.placeholder || "";
      input.value = el.value || "";
      input.style.width = "100%";
      return input;
    }
    case "Input.Toggle": {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.dataset.inputId = el.id;
      box.dataset.on = el.valueOn || "true";
      box.dataset.off = el.valueOff || "false";
      box.checked = el.value === box.dataset.on;
      label.append(box, document.createTextNode(" " + (el.title || "")));
      return label;
    }
    default:
      // Like Teams: an element this client does not know shows its fallback, if any.
      return el.fallback && typeof el.fallback === "object" ? renderElement(el.fallback) : null;
  }
}

function renderActions(actions) {
  const div = document.createElement("div");
  div.className = "actions";
  for (const a of actions || []) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = a.title || "Open";
    if (a.type === "Action.Submit" || a.type === "Action.Execute") {
      b.addEventListener("click", () => {
        // Like Teams: the values of the card's inputs are merged into the action's data.
        const value = Object.assign({}, a.data || {});
        const card = b.closest(".card");
        for (const input of card ? card.querySelectorAll("[data-input-id]") : []) {
          value[input.dataset.inputId] = input.type === "checkbox"
            ? (input.checked ? input.dataset.on : input.dataset.off) : input.value;
        }
        send({ value, shown: a.title });
      });
    } else if (a.type === "Action.ShowCard") {
      b.addEventListener("click", () => {
        const holder = b.parentElement.nextElementSibling;
        if (holder && holder.classList.contains("showcard")) { holder.remove(); return; }
        const sub = document.createElement("div");
        sub.className = "showcard card";
        renderElements(a.card && a.card.body, sub);
        if (a.card && a.card.actions) sub.append(renderActions(a.card.actions));
        b.parentElement.after(sub);
      });
    } else if (a.type === "Action.OpenUrl") {
      b.addEventListener("click", () => window.open(a.url, "_blank", "noopener"));
    } else {
      continue;
    }
    div.append(b);
  }
  return div;
}

function renderCard(card) {
  const div = document.createElement("div");
  div.className = "card";
  if (!card || card.type !== "AdaptiveCard") {
    div.textContent = (card && card.fallbackText) || "[card]";
    return div;
  }
  renderElements(card.body, div);
  if (card.actions && card.actions.length) div.append(renderActions(card.actions));
  return div;
}

function showActivity(entry) {
  const a = entry.activity || {};
  if (entry.role === "user") {
    if (a.value && !a.text) return;  // button presses are shown when pressed
    row("user", text((a.text || "").replace(/<at>(.*?)<\/at>/g, "@$1")));
    return;
  }
  if (entry.role !== "bot") return;
  if (a.type === "typing") {
    if (!typingRow) typingRow = row("typing", text("Course assistant is typing…"));
    return;
  }
  if (a.type !== "message") return;
  const frag = document.createDocumentFragment();
  if (a.text) frag.append(markdown(a.text));
  for (const att of a.attachments || []) {
    if (att.contentType === "application/vnd.microsoft.card.adaptive") {
      frag.append(renderCard(att.content));
    }
  }
  row("bot", frag);
}

async function send(body) {
  const payload = Object.assign({
    user: $("user").value, tz: $("tz").value, conversation: conversationId(),
    conversationType: $("ctype").value, mention: $("mention").checked,
  }, body);
  if (body.shown) row("user", text(body.shown));
  try {
    const res = await fetch("/emulator/send", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
    const data = await res.json();
    if (!res.ok || data.status >= 400) {
      row("error", text("The bot answered HTTP " + (data.status || res.status) +
                        (data.error ? ": " + data.error : "")));
    }
  } catch (err) {
    row("error", text("Could not reach the emulator: " + err));
  }
}

let pollAbort = null;

async function poll() {
  const conv = conversationId();
  pollAbort = new AbortController();
  try {
    const res = await fetch(`/emulator/activities?conversation=${encodeURIComponent(conv)}` +
                            `&after=${after}&wait=25`, { signal: pollAbort.signal });
    const data = await res.json();
    const restarted = (boot !== null && data.boot !== boot) || (data.last || 0) < after;
    boot = data.boot;
    if (restarted) {
      // The server restarted (or lost its transcript): show its whole transcript again
      // instead of waiting for numbers it may never reach.
      log.textContent = "";
      after = 0;
      $("status").textContent = "The bot restarted; the chat was reloaded.";
    } else if (conv === conversationId()) {
      for (const e of data.entries || []) {
        after = Math.max(after, e.seq);
        showActivity(e);
      }
    }
  } catch (err) {
    if (err.name !== "AbortError") {
      await new Promise((r) => setTimeout(r, 2000));  // server restarting: back off
    }
  }
  setTimeout(poll, 0);
}

$("composer").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const t = $("text").value.trim();
  if (!t) return;
  $("text").value = "";
  send({ text: t });
});

$("install").addEventListener("click", async () => {
  await send({ event: "installationUpdate" });
  await send({ event: "conversationUpdate" });
});

function resetView() {
  log.textContent = "";
  after = 0;
  if (pollAbort) pollAbort.abort();  // the next poll asks about the chat now shown
}
$("ctype").addEventListener("change", resetView);
$("user").addEventListener("change", resetView);

poll();
