// Live refresh: the server says "changed" over SSE; the page re-fetches its own URL as a fragment
// (at most once a second) and swaps the main content. No build step, no framework.
(function () {
  "use strict";
  const main = document.getElementById("content");
  const topic = main && main.dataset.live;
  const status = document.getElementById("live-status");
  if (!topic) { if (status) { status.textContent = ""; } return; }

  let pending = false;
  let last = 0;
  let paused = false;

  function keepConsoleAtBottom(render) {
    const consoleBox = main.querySelector(".console");
    const atBottom = !consoleBox || consoleBox.scrollTop + consoleBox.clientHeight >= consoleBox.scrollHeight - 20;
    render();
    const after = main.querySelector(".console");
    if (after && atBottom) { after.scrollTop = after.scrollHeight; }
  }

  async function refresh() {
    pending = false;
    last = Date.now();
    const response = await fetch(location.href, { headers: { "X-Dashboard-Fragment": "1" }, credentials: "same-origin" });
    if (!response.ok) { return; }
    const html = await response.text();
    const openDetails = Array.from(main.querySelectorAll("details[open][id]")).map(d => d.id);
    keepConsoleAtBottom(() => { main.innerHTML = html; });
    openDetails.forEach(id => { const d = document.getElementById(id); if (d) { d.open = true; } });
  }

  function schedule() {
    if (paused || pending) { return; }
    pending = true;
    setTimeout(refresh, Math.max(0, 1000 - (Date.now() - last)));
  }

  const query = new URLSearchParams(location.search);
  const events = new URLSearchParams({ topic: topic });
  if (query.get("resource")) { events.set("resource", query.get("resource")); }
  const source = new EventSource("/events?" + events.toString());
  source.onopen = () => { if (status) { status.textContent = paused ? "live: paused" : "live"; } };
  source.onerror = () => { if (status) { status.textContent = "live: reconnecting"; } };
  source.onmessage = schedule;

  if (status) {
    status.addEventListener("click", () => {
      paused = !paused;
      status.textContent = paused ? "live: paused" : "live";
      if (!paused) { schedule(); }
    });
  }

  const consoleBox = main.querySelector(".console");
  if (consoleBox) { consoleBox.scrollTop = consoleBox.scrollHeight; }
})();
