// Photodesk: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // "/" jumps to the search box from anywhere, unless the editor is already typing.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    var box = document.getElementById("q");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // The search page opens ready to type (the autofocus attribute is not honoured everywhere).
  var searchBox = document.getElementById("q");
  if (searchBox && searchBox.hasAttribute("autofocus") && document.activeElement !== searchBox) {
    searchBox.focus();
  }

  // On a narrow screen (one column, as photodesk.css lays it out) the search filters fold behind their
  // "Filters" button, so the results come first; on a wide one they are always open.
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 980px)") : null;
  var folds = document.querySelectorAll("details[data-fold-narrow]");
  var fitFolds = function () {
    Array.prototype.forEach.call(folds, function (fold) { fold.open = !narrow.matches; });
  };
  if (narrow && folds.length) {
    fitFolds();
    if (narrow.addEventListener) narrow.addEventListener("change", fitFolds);
  }

  // Copy buttons copy the text of the element named by data-copy-target.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Fallback for plain-http hosts other than localhost, where the clipboard API is absent.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-target]"), function (button) {
    button.hidden = false;  // the grid's copy-credit buttons wait for this script to work
    var label = button.textContent;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy-target"));
      if (!source) return;
      copyText(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
        button.classList.add("is-done");
        window.setTimeout(function () {
          button.textContent = label;
          button.classList.remove("is-done");
        }, 1600);
      }, function () {
        button.textContent = "Select and copy";
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
  });

  // A download of a picture forbidden now asks first, naming the reason (the server asks too).
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-forbidden-reason]") : null;
    if (!link) return;
    var reason = link.getAttribute("data-forbidden-reason");
    if (!window.confirm("This picture may not be published now: " + reason + ".\n\nDownload it anyway?")) {
      event.preventDefault();
      return;
    }
    var url = new URL(link.href, window.location.href);
    url.searchParams.set("confirm", "yes");
    link.href = url.toString();
  });

  // The licensing panel counts an embargo (or an agreement's start) down in the viewer's clock
  // and zone, with UTC beside it, and shows the verdicts the server decided for the moment it lifts.
  var verdicts = document.querySelector("[data-verdicts][data-lifts-at]");
  var statesNode = document.querySelector("[data-rights-states]");
  if (verdicts && statesNode) {
    var states = JSON.parse(statesNode.textContent);
    var liftsAt = new Date(states.lifts_at);
    var local = verdicts.querySelector("[data-lifts-local]");
    var utc = verdicts.querySelector("[data-lifts-utc]");
    var left = verdicts.querySelector("[data-time-left]");
    var options = {year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23"};
    local.textContent = liftsAt.toLocaleString(undefined, Object.assign({timeZoneName: "short"}, options));
    utc.textContent = "(" + liftsAt.toISOString().slice(0, 16).replace("T", " ") + " UTC)";

    var show = function (views) {
      views.forEach(function (view) {
        var box = verdicts.querySelector('[data-channel="' + view.channel + '"]');
        if (!box) return;
        box.className = "verdict verdict-" + view.colour;
        box.setAttribute("data-verdict", view.verdict);
        box.querySelector("[data-verdict-label]").textContent = view.label;
        var lists = box.querySelectorAll("ul");
        Array.prototype.forEach.call(lists, function (list) { list.parentNode.removeChild(list); });
        [["verdict-reasons", "data-reasons", view.reasons, ""], ["verdict-duties", "data-duties", view.duties, "Must "]]
          .forEach(function (part) {
            if (!part[2].length) return;
            var list = document.createElement("ul");
            list.className = part[0];
            list.setAttribute(part[1], "");
            part[2].forEach(function (text) {
              var item = document.createElement("li");
              item.textContent = part[3] + text;
              list.appendChild(item);
            });
            box.appendChild(list);
          });
      });
    };

    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    var tick = function () {
      var ms = liftsAt.getTime() - Date.now();
      if (ms <= 0) {
        window.clearInterval(timer);
        show(states.after);
        left.textContent = "lifted";
        verdicts.setAttribute("data-lifted", "");
        Array.prototype.forEach.call(document.querySelectorAll('.badge[data-restriction="embargoed"]'), function (badge) {
          badge.className = badge.className.replace("badge-embargoed", "badge-lifted");
          badge.textContent = "Embargo lifted";
        });
        var stillForbidden = states.after.every(function (view) { return view.verdict === "forbidden"; });
        if (!stillForbidden) {
          Array.prototype.forEach.call(document.querySelectorAll("a[data-forbidden-reason]"), function (link) {
            link.removeAttribute("data-forbidden-reason");
          });
        }
        return;
      }
      var seconds = Math.floor(ms / 1000);
      var days = Math.floor(seconds / 86400);
      left.textContent = (days ? days + " d " : "") + pad(Math.floor(seconds % 86400 / 3600)) + ":" +
        pad(Math.floor(seconds % 3600 / 60)) + ":" + pad(seconds % 60) + " left";
    };
    var timer = window.setInterval(tick, 1000);
    tick();
  }
  // The edit form shows the credit line, agency and photographers as they would be derived,
  // asking the server (the import's own rules) a moment after each change; Preview does the same without script.
  var editForm = document.querySelector("[data-edit-form]");
  if (editForm && window.fetch && window.FormData) {
    var previewBox = editForm.querySelector("[data-edit-preview]");
    var waiting = null;
    var asked = 0;
    var refresh = function () {
      var number = ++asked;
      fetch(editForm.getAttribute("data-preview-url"), {method: "POST", body: new FormData(editForm),
                                                         credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (found) {
          if (!found || number !== asked) return;
          ["credit_line", "agency", "photographers", "restrictions"].forEach(function (name) {
            var cell = previewBox.querySelector('[data-preview="' + name + '"]');
            var value = found[name];
            if (cell) cell.textContent = (Array.isArray(value) ? value.join(", ") : value) || "—";
          });
          previewBox.setAttribute("data-preview-version", String(number));
        })
        .catch(function () { /* the Preview button still works */ });
    };
    editForm.addEventListener("input", function () {
      window.clearTimeout(waiting);
      waiting = window.setTimeout(refresh, 250);
    });
  }
})();
