// carepool: the little every page needs. Everything works without it; it only saves mistakes and waiting.
"use strict";

// Forms that undo work or lock someone out ask first: the question is their data-confirm attribute.
document.addEventListener("submit", (event) => {
  const question = event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// The Reports page: offer only the formats a report comes in, only the code its scope needs, the
// chosen arrangement's latest month, and say what is happening while a file is prepared.
(() => {
  const form = document.getElementById("report-chooser");
  if (!form) {
    return;
  }
  const report = form.querySelector("#report");
  const format = form.querySelector("#format");
  const arrangement = form.querySelector("#arrangement");
  const month = form.querySelector("#month");
  const download = form.querySelector("#download");
  const status = form.querySelector("#download-status");
  let monthTyped = false;

  function chosenReport() {
    return report.options[report.selectedIndex];
  }

  function showReport() {
    const option = chosenReport();
    const formats = option.dataset.formats.split(" ");
    for (const f of format.options) {
      f.disabled = !formats.includes(f.value);
    }
    if (format.selectedOptions[0].disabled) {
      format.value = formats[0];
    }
    for (const field of form.querySelectorAll("div[data-scope]")) {
      field.hidden = field.dataset.scope !== option.dataset.scope;
    }
    // The headline is the I&E of one arrangement: offered when an arrangement is being chosen.
    form.querySelector("#show-headline").hidden = option.dataset.scope !== "arrangement";
  }

  function showLatestMonth() {
    const latest = arrangement.selectedOptions[0] && arrangement.selectedOptions[0].dataset.latest;
    if (latest && !monthTyped) {
      month.value = latest;
    }
  }

  function cookie(name) {
    const found = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
    return found ? found.substring(name.length + 1) : null;
  }

  // The button is held with aria-disabled, not disabled: a disabled button loses the keyboard focus.
  function awaitDownload(token, what) {
    download.setAttribute("aria-disabled", "true");
    status.textContent = "Preparing " + what + "… a board pack takes several seconds.";
    const started = Date.now();
    const timer = window.setInterval(() => {
      const arrived = cookie("carepool_download") === token;
      if (arrived || Date.now() - started > 180000) {
        window.clearInterval(timer);
        download.removeAttribute("aria-disabled");
        status.textContent = arrived ? what + " is ready: see your browser's downloads." : "";
        document.cookie = "carepool_download=; Max-Age=0; path=/; SameSite=Strict";
      }
    }, 400);
  }

  report.addEventListener("change", showReport);
  arrangement.addEventListener("change", showLatestMonth);
  month.addEventListener("input", () => { monthTyped = true; });
  form.addEventListener("submit", (event) => {
    if (event.submitter === download && download.getAttribute("aria-disabled") === "true") {
      event.preventDefault();
      return;
    }
    let token = form.querySelector("input[name=download_token]");
    if (token) {
      token.remove();
    }
    if (event.submitter !== download || !form.checkValidity()) {
      return;
    }
    token = document.createElement("input");
    token.type = "hidden";
    token.name = "download_token";
    token.value = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
    form.appendChild(token);
    awaitDownload(token.value, chosenReport().textContent.replace(/ \(.*$/, "") + " (" + format.value.toUpperCase() + ")");
  });
  showReport();
})();

// The Data page: send the files with XMLHttpRequest to show how much has been sent, then ask the
// server every half second how far the import has got (GET /api/imports/progress/{id}), and show
// the answer page as the plain form post would. Without this script the form posts as usual.
(() => {
  const MB = 1024 * 1024;

  function uploadId() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function megabytes(bytes) {
    return (bytes / MB).toFixed(1);
  }

  function watchImport(id, show) {
    let stopped = false;
    const ask = () => {
      if (stopped) {
        return;
      }
      fetch("/api/imports/progress/" + id, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : null))
        .then((stage) => {
          if (stage && !stopped) {
            show(stage);
          }
          if (!stage || !stage.finished) {
            window.setTimeout(ask, 500);
          }
        })
        .catch(() => window.setTimeout(ask, 500));
    };
    ask();
    return () => { stopped = true; };
  }

  // The answer is a whole page (the result, or the problems above the form): its main part replaces this one's.
  function showAnswer(html) {
    const answer = new DOMParser().parseFromString(html, "text/html");
    document.title = answer.title;
    document.getElementById("main").replaceWith(answer.getElementById("main"));
    const first = document.querySelector("#main .message, #main [role=alert], #main h1");
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.focus();
    }
  }

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.id !== "upload-form" || event.defaultPrevented || !window.XMLHttpRequest || !window.DOMParser) {
      return;
    }
    event.preventDefault();
    const watch = form.querySelector("#upload-watch");
    const bar = form.querySelector("#upload-progress");
    const status = form.querySelector("#upload-status");
    const button = form.querySelector("button[type=submit]");
    if (button.getAttribute("aria-disabled") === "true") {
      return;
    }
    const id = uploadId();
    let stopWatching = () => {};
    watch.hidden = false;
    button.setAttribute("aria-disabled", "true");
    status.textContent = "Sending…";
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-Import-Id", id);
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        bar.max = e.total;
        bar.value = e.loaded;
        status.textContent = "Sending " + megabytes(e.loaded) + " of " + megabytes(e.total) + " MB";
      }
    };
    request.upload.onload = () => {
      bar.removeAttribute("value"); // indeterminate while the import works
      status.textContent = "Sent; waiting for the import to begin…";
      stopWatching = watchImport(id, (stage) => { status.textContent = stage.message; });
    };
    request.onload = () => {
      stopWatching();
      if (request.responseURL && new URL(request.responseURL).pathname === "/sign-in") {
        // the session ended while the page was open: nothing was loaded; sign in as a whole page, then back to Data
        window.location.assign(request.responseURL);
        return;
      }
      showAnswer(request.responseText);
    };
    request.onerror = () => {
      stopWatching();
      button.removeAttribute("aria-disabled");
      status.textContent = "The upload could not be sent: check the connection and try again.";
    };
    request.send(new FormData(form));
  });
})();

// The Schedules and runs pages: while a run on this node is under way, show its next stage by
// loading the page again every few seconds (data-refresh), unless the user is typing in a form.
(() => {
  const marked = document.querySelector("[data-refresh]");
  if (!marked) {
    return;
  }
  window.setTimeout(() => {
    const active = document.activeElement;
    if (!active || !active.closest("form")) {
      window.location.reload();
    }
  }, Number(marked.dataset.refresh) * 1000);
})();
