/// The dashboard served at `GET /_sandbox/` (README, "Dashboard"): one page, inline style and
/// script, nothing loaded from elsewhere. The script calls the control API's JSON endpoints
/// relative to the page's own path, sends a control token kept in sessionStorage when the
/// sandbox asks for one, and builds every table with `textContent` (data never goes through
/// `innerHTML`).
enum DashboardPage {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eqp-sandbox dashboard</title>
<link rel="icon" href="data:,">
<style>
:root { color-scheme: light dark; --fg: #1d2228; --muted: #6a7280; --bg: #fff; --line: #dfe2e8; --head: #f3f4f7;
        --ok: #1a7f37; --bad: #c62828; --wait: #9a6700; --info: #0b5cad; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e6e6; --muted: #9aa3ad; --bg: #16181c; --line: #343a44; --head: #20242b;
          --ok: #4cc26a; --bad: #f07171; --wait: #d8a93b; --info: #6cb2f0; }
}
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: var(--fg); background: var(--bg); }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; align-items: center; padding: .6rem 1rem;
         border-bottom: 1px solid var(--line); position: sticky; top: 0; background: var(--bg); z-index: 1; }
h1 { font-size: 1.1rem; margin: 0; }
main { padding: 0 1rem 2rem; }
section { margin-top: 1.2rem; }
h2 { font-size: 1rem; margin: 0 0 .4rem; display: flex; gap: .6rem; align-items: baseline; }
h2 small, .muted { color: var(--muted); font-weight: normal; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: .25rem .45rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--head); font-weight: 600; }
.mono { font-family: ui-monospace, monospace; font-size: 12px; }
.wrap { overflow-wrap: anywhere; }
.nowrap { white-space: nowrap; }
.st { display: inline-block; padding: 0 .4rem; margin: 0 .2rem .1rem 0; border-radius: .6rem; font-size: 12px;
      border: 1px solid currentColor; white-space: nowrap; }
.ok { color: var(--ok); } .bad { color: var(--bad); } .wait { color: var(--wait); } .info { color: var(--info); }
.row { display: flex; flex-wrap: wrap; gap: .3rem; align-items: center; }
button, select, input { font: inherit; font-size: 12px; }
button { cursor: pointer; padding: .1rem .45rem; }
button.link { border: 0; background: none; padding: 0; color: inherit; font: inherit; text-decoration: underline dotted; }
#token-box { padding: .6rem 1rem; background: var(--head); border-bottom: 1px solid var(--line); }
.empty { color: var(--muted); font-style: italic; margin: .2rem 0; }
</style>
</head>
<body>
<header>
  <h1>eqp-sandbox</h1>
  <span id="clock" class="mono">clock: loading</span>
  <span class="row">
    <input id="advance-seconds" type="number" min="0" value="3" style="width: 6em" aria-label="seconds to advance">
    <button id="advance" type="button">Advance clock (s)</button>
  </span>
  <label>user <input id="who" type="search" placeholder="all users" size="14" aria-label="show only this mage_id"></label>
  <span class="row">
    <button id="refresh" type="button">Refresh</button>
    <label><input id="auto" type="checkbox" checked> every 3 s</label>
  </span>
  <button id="reset-all" type="button">Reset everything</button>
  <button id="forget-token" type="button" hidden>Forget token</button>
  <span id="message" role="status"></span>
</header>
<div id="token-box" hidden>
  <form id="token-form" class="row">
    <label for="token">This sandbox protects its control API (<span class="mono">--control-token</span>). Control token:</label>
    <input id="token" type="password" autocomplete="off" size="32">
    <button type="submit">Use token</button>
    <span id="token-error" class="bad"></span>
  </form>
</div>
<main>
  <section id="users"><h2>Users <small></small></h2><div></div></section>
  <section id="packages"><h2>Packages <small></small></h2><div></div></section>
  <section id="files"><h2>Files <small></small></h2><div></div></section>
  <section id="requests"><h2>Recent requests <small></small>
    <button type="button" data-clear="/requests">Clear</button></h2><div></div></section>
  <section id="callbacks"><h2>Callback deliveries <small></small>
    <button type="button" data-clear="/callbacks">Clear</button></h2><div></div></section>
  <section id="faults"><h2>Faults <small></small>
    <button type="button" data-clear="/faults">Remove all</button></h2><div></div></section>
</main>
<script>
"use strict";
// The control API lives beside the page: /_sandbox/ serves this, /_sandbox/users the users...
const BASE = location.pathname.replace(/\/+$/, "");
const TOKEN_KEY = "eqp-sandbox-control-token";
const TOOLS = ["phpcs", "phpcpd", "varnish", "marketing", "manual_qa"];
const OUTCOMES = ["pass", "fail", "error", "needs_review"];
const $ = (id) => document.getElementById(id);
const shown = {};          // section id -> the JSON last rendered there
const choices = {};        // submission_id -> {tool, status} picked for "Decide"
let tokenNeeded = false, busy = false, latest = 0;

class TokenError extends Error {}

// Elements are built here only: text goes in as text nodes, never as markup.
function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") e.className = v;
    else if (k === "data") Object.assign(e.dataset, v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  e.append(...children.flat().filter((c) => c !== null && c !== undefined).map((c) => (c instanceof Node ? c : String(c))));
  return e;
}

function tone(v) {
  v = String(v);
  if (/^(approved|pass|released_to_store)$/.test(v)) return "ok";
  if (/(rejected|fail|error|cancel|removed|unsupported)/.test(v)) return "bad";
  if (/(^in_|awaiting|in-progress|needs_review|approved_with)/.test(v)) return "wait";
  return "muted";
}
const badge = (v, field) => el("span", { class: "st " + tone(v), data: field ? { field } : {} }, v);
const httpStatus = (code) => el("span", { class: "st " + (code === null ? "bad" : code < 300 ? "ok" : code < 400 ? "info" : "bad") },
                                code === null ? "dropped" : code);

function say(text, bad) {
  const m = $("message");
  m.textContent = text;
  m.className = bad ? "bad" : "muted";
}

function token() { return sessionStorage.getItem(TOKEN_KEY) || ""; }

async function api(method, path, body) {
  const headers = {};
  if (token()) headers["X-Sandbox-Token"] = token();
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const r = await fetch(BASE + path, { method, headers, cache: "no-store",
                                       body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (r.status === 401 && data && (data.code === 1501 || data.code === 1502)) {
    askForToken(data);
    throw new TokenError(data.message);
  }
  if (!r.ok) throw new Error((data && data.message) || r.status + " " + r.statusText);
  const total = r.headers.get("X-Total-Count");
  return { data, total: total === null ? (Array.isArray(data) ? data.length : 0) : Number(total) };
}

function askForToken(error) {
  tokenNeeded = true;
  $("token-box").hidden = false;
  $("token-error").textContent = error.code === 1502 && token() ? "That token was refused." : "";
  if (document.activeElement !== $("token")) $("token").focus();
}

// Runs a control action, says how it went, and refreshes.
async function act(label, method, path, body, describe) {
  try {
    const { data } = await api(method, path, body);
    say(label + (describe ? ": " + describe(data) : ": done"));
  } catch (e) {
    if (!(e instanceof TokenError)) say(label + " failed: " + e.message, true);
  }
  await refresh(true);
}

const statusText = (p) => "overall " + p.eqp_status.overall + ", technical " + p.eqp_status.technical + ", marketing " + p.eqp_status.marketing;
const review = (id, body, label) => act(label + " " + id, "POST", "/packages/" + encodeURIComponent(id) + "/review", body, statusText);

function table(headings, rows) {
  if (!rows.length) return el("p", { class: "empty" }, "none");
  return el("table", {}, el("thead", {}, el("tr", {}, headings.map((h) => el("th", {}, h)))), el("tbody", {}, rows));
}

function usersTable(users) {
  return table(["mage_id", "name", "email", "origin", "access keys", "live sessions", "files", ""], users.map((u) => {
    const p = u.profile || {};
    return el("tr", { data: { mageId: u.mage_id } },
      el("td", { class: "mono" }, el("button", { type: "button", class: "link", title: "show only this user",
                                                 onclick: () => { $("who").value = u.mage_id; refresh(true); } }, u.mage_id)),
      el("td", {}, [p.first_name, p.last_name].filter(Boolean).join(" "), p.screen_name ? el("div", { class: "muted" }, p.screen_name) : null),
      el("td", {}, p.email || ""),
      el("td", {}, u.origin),
      el("td", { class: "mono" }, u.access_keys.map((k) => el("div", { title: k.name }, k.application_id))),
      el("td", {}, u.live_sessions),
      el("td", {}, u.file_count),
      el("td", {}, el("button", { type: "button", data: { action: "reset-user" }, onclick: () => {
        if (confirm("Reset " + u.mage_id + " to its seed (or created) state? Their files, packages and sessions go back too.")) {
          act("Reset " + u.mage_id, "POST", "/users/" + encodeURIComponent(u.mage_id) + "/reset");
        }
      } }, "Reset")));
  }));
}

function latestRuns(runs) {
  const last = new Map();
  for (const r of runs) last.set(r.name, r);
  return [...last.values()].map((r) => el("span", { class: "st " + tone(r.status), title: "run " + r.tool_run_id + ", " + r.date,
                                                    data: { tool: r.name } }, r.name + " " + r.status));
}

function decideControls(p) {
  const pick = choices[p.submission_id] || (choices[p.submission_id] = { tool: "phpcs", status: "fail" });
  const select = (values, key) => {
    const s = el("select", { "aria-label": key, data: { choice: key }, onchange: () => { pick[key] = s.value; } },
                 values.map((v) => el("option", {}, v)));
    s.value = pick[key];
    return s;
  };
  return el("span", { class: "row" }, select(TOOLS, "tool"), select(OUTCOMES, "status"),
            el("button", { type: "button", data: { action: "decide" }, title: "what that tool reports on its next run",
                           onclick: () => review(p.submission_id, { decide: { tool: pick.tool, status: pick.status } }, "Decide " + pick.tool + " " + pick.status + " for") },
               "Decide"));
}

function packagesTable(packages) {
  return table(["submission_id", "owner", "name", "sku / version", "eqp_status", "review clock", "test results", "controls"], packages.map((p) => {
    const held = p.review.held;
    return el("tr", { data: { submissionId: p.submission_id } },
      el("td", { class: "mono" }, p.submission_id, p.item_id ? el("div", { class: "muted" }, "item " + p.item_id) : null),
      el("td", { class: "mono" }, p.mage_id),
      el("td", {}, p.name || "", el("div", { class: "muted" }, [p.type, p.platform].filter(Boolean).join(", "))),
      el("td", { class: "mono wrap" }, p.sku || "(no sku yet)", el("div", {}, p.version || "")),
      el("td", { class: "nowrap" }, ["overall", "technical", "marketing"].map((flow) =>
        el("div", {}, flow + " ", badge(p.eqp_status[flow], flow)))),
      el("td", {}, held ? el("span", { class: "st wait" }, "held") : null,
                   p.review.next_step_at ? el("div", { class: "mono" }, "next step " + p.review.next_step_at) : el("span", { class: "muted" }, "idle")),
      el("td", {}, latestRuns(p.test_results)),
      el("td", {}, el("div", { class: "row" },
          el("button", { type: "button", data: { action: "step" }, onclick: () => review(p.submission_id, { step: true }, "Step") }, "Step"),
          el("button", { type: "button", data: { action: held ? "release" : "hold" },
                         onclick: () => review(p.submission_id, { hold: !held }, held ? "Release" : "Hold") }, held ? "Release" : "Hold")),
        decideControls(p)));
  }));
}

function filesTable(files) {
  return table(["file_upload_id", "owner", "filename", "type", "size", "scan", "file_hash", "uploaded", "used by", ""], files.map((f) => {
    const link = el("a", { href: BASE + "/files/" + encodeURIComponent(f.file_upload_id) + "/" + encodeURIComponent(f.filename) }, f.filename);
    const scan = (result) => el("button", { type: "button", data: { action: "scan-" + result },
      onclick: () => act("Scan of " + f.file_upload_id, "POST", "/files/" + encodeURIComponent(f.file_upload_id) + "/scan", { result },
                         (file) => file.malware_status) }, result);
    return el("tr", { data: { fileUploadId: f.file_upload_id } },
      el("td", { class: "mono" }, f.file_upload_id), el("td", { class: "mono" }, f.mage_id), el("td", {}, link),
      el("td", {}, f.content_type), el("td", {}, f.size),
      el("td", {}, badge(f.malware_status, "malware_status"), f.scan_due_at ? el("div", { class: "muted" }, "due " + f.scan_due_at) : null),
      el("td", { class: "mono wrap" }, f.file_hash || ""), el("td", { class: "mono nowrap" }, f.uploaded_at),
      el("td", { class: "mono" }, f.submission_ids.join(" "), f.is_profile_image ? "profile image" : ""),
      el("td", {}, f.malware_status === "in-progress" ? el("span", { class: "row" }, scan("pass"), scan("fail")) : null));
  }));
}

function requestsTable(entries) {
  return table(["time", "method", "path", "status", "user", "ms", "error"], entries.map((r) =>
    el("tr", {}, el("td", { class: "mono nowrap" }, r.time), el("td", {}, r.method), el("td", { class: "mono wrap" }, r.path),
       el("td", {}, httpStatus(r.status), r.fault_id !== null ? el("span", { class: "muted" }, "fault " + r.fault_id) : null),
       el("td", { class: "mono" }, r.mage_id || ""), el("td", {}, r.duration_ms), el("td", {}, r.error || ""))));
}

function callbacksTable(attempts) {
  return table(["time", "event", "user", "url", "attempt", "result"], attempts.map((c) =>
    el("tr", {}, el("td", { class: "mono nowrap" }, c.time), el("td", {}, c.callback_event), el("td", { class: "mono" }, c.mage_id),
       el("td", { class: "mono wrap" }, c.url), el("td", {}, c.attempt),
       el("td", {}, c.status !== null ? httpStatus(c.status) : null, c.error ? el("span", { class: "bad" }, c.error) : null,
          c.will_retry ? el("span", { class: "muted" }, " (will retry)") : null))));
}

function faultsTable(faults) {
  return table(["id", "method", "path", "effect", "probability", "applied", "remaining", ""], faults.map((f) =>
    el("tr", {}, el("td", {}, f.id), el("td", {}, f.method || "any"), el("td", { class: "mono wrap" }, f.path),
       el("td", {}, f.drop ? "drop" : f.status !== null ? "status " + f.status : "", f.latency_ms ? " latency " + f.latency_ms + " ms" : "",
          f.process ? " (processed)" : ""),
       el("td", {}, f.probability), el("td", {}, f.applied), el("td", {}, f.remaining === null ? "unlimited" : f.remaining),
       el("td", {}, el("button", { type: "button", onclick: () => act("Remove fault " + f.id, "DELETE", "/faults/" + f.id) }, "Remove")))));
}

// Replaces a section's table when its data changed, unless someone is using a control in it.
function render(id, result, build, force, items) {
  const section = $(id), key = JSON.stringify(result.data);
  const list = items || result.data;
  section.querySelector("h2 small").textContent = list.length < result.total ? list.length + " of " + result.total : String(result.total);
  if (!force && shown[id] === key) return;
  if (!force && section.contains(document.activeElement) && document.activeElement.tagName === "SELECT") return;
  shown[id] = key;
  section.querySelector("div").replaceChildren(build(list));
}

// A forced refresh (after an action) may overtake a timed one: only the latest one is shown.
async function refresh(force) {
  if (busy && !force) return;
  busy = true;
  const run = ++latest;
  try {
    const who = $("who").value.trim(), only = who ? "mage_id=" + encodeURIComponent(who) : "";
    const [clock, config, users, packages, files, requests, callbacks, faults] = await Promise.all([
      api("GET", "/clock"), api("GET", "/config"), api("GET", "/users?limit=200"), api("GET", "/packages?limit=100&" + only),
      api("GET", "/files?limit=100&" + only), api("GET", "/requests?limit=50&" + only), api("GET", "/callbacks?" + only),
      api("GET", "/faults")]);
    if (run !== latest) return;
    if (who) {
      users.data = users.data.filter((u) => u.mage_id === who);
      users.total = users.data.length;
    }
    tokenNeeded = false;
    $("token-box").hidden = true;
    $("forget-token").hidden = !token();
    const c = config.data;
    $("clock").textContent = "clock " + clock.data.now + " UTC (" + clock.data.mode + ") \u00b7 review " + c.review_mode +
      ", a step every " + c.review_pace_seconds + " s \u00b7 scans take " + c.scan_delay_seconds + " s";
    render("users", users, usersTable, force);
    render("packages", packages, packagesTable, force);
    render("files", files, filesTable, force);
    render("requests", requests, requestsTable, force);
    render("callbacks", callbacks, callbacksTable, force, callbacks.data.slice(-50).reverse());
    render("faults", faults, faultsTable, force);
  } catch (e) {
    if (run === latest && !(e instanceof TokenError)) say("Refresh failed: " + e.message, true);
  } finally {
    if (run === latest) busy = false;
  }
}

$("refresh").addEventListener("click", () => refresh(true));
$("who").addEventListener("change", () => refresh(true));
$("advance").addEventListener("click", () => {
  const seconds = Number($("advance-seconds").value);
  act("Clock advanced by " + seconds + " s", "POST", "/clock/advance", { seconds }, (c) => "now " + c.now);
});
$("reset-all").addEventListener("click", () => {
  if (confirm("Reset the whole sandbox to its seed? Every user's changes are lost.")) act("Reset everything", "POST", "/reset");
});
for (const button of document.querySelectorAll("[data-clear]")) {
  button.addEventListener("click", () => act("Cleared " + button.dataset.clear.slice(1), "DELETE", button.dataset.clear));
}
$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
  $("token").value = "";
  refresh(true);
});
$("forget-token").addEventListener("click", () => { sessionStorage.removeItem(TOKEN_KEY); refresh(true); });
setInterval(() => { if ($("auto").checked && !document.hidden && !tokenNeeded) refresh(false); }, 3000);
refresh(true);
</script>
</body>
</html>
"""#
}
