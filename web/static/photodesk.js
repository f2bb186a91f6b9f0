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
  // Upload: each chosen or dropped file is sent on its own (XMLHttpRequest, for its progress), imported
  // on the server, and its result listed: a link, its warnings, what it lacks, or why it was refused.
  // Without script the zone is a plain form that posts its files together (docs/intake.md).
  var zone = document.querySelector("[data-upload-zone]");
  if (zone) {
    zone.querySelector("[data-upload-input]").classList.add("visually-hidden");
    zone.querySelector("[data-upload-choose]").classList.add("button");
    zone.querySelector("[data-upload-submit]").hidden = true;  // a file is sent as soon as it is chosen
    zone.querySelector("[data-upload-drop-hint]").hidden = false;
    zone.querySelector("[data-upload-together]").hidden = true;
    zone.querySelector("[data-upload-each]").hidden = false;
    zone.addEventListener("submit", function (event) { event.preventDefault(); });
    var list = zone.querySelector("[data-upload-list]");
    var maxBytes = Number(zone.getAttribute("data-max-bytes")) || 0;
    var queue = [];
    var running = 0;
    var addText = function (parent, tag, className, text) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      node.textContent = text;
      parent.appendChild(node);
      return node;
    };
    var addLink = function (parent, href, text, attribute) {
      var link = addText(parent, "a", "", text);
      link.href = href;
      if (attribute) link.setAttribute(attribute, "");
      return link;
    };
    var show = function (item, result) {
      item.setAttribute("data-status", result.status);
      var line = item.querySelector("[data-upload-state]");
      line.textContent = "";
      if (result.status === "failed") {
        addText(line, "span", "upload-refused", "Refused: " + (result.reason || "the server did not say why"))
          .setAttribute("data-upload-reason", "");
        return;
      }
      addText(line, "span", "", result.status === "imported" ? "Imported · " : "Already in the catalog · ");
      addLink(line, result.url, "open", "data-upload-link");
      (result.warnings || []).forEach(function (warning) { addText(item, "div", "warning-text", warning); });
      if (result.missing && result.missing.length) {
        var flag = addText(item, "div", "upload-flag", "No " + result.missing.join(" and no ") + ": ");
        flag.setAttribute("data-upload-missing", result.missing.join(" "));
        addLink(flag, result.edit_url, "fill it in", "data-upload-edit");
      }
    };
    var next = function () {
      while (running < 2 && queue.length) {
        send(queue.shift());
      }
    };
    var send = function (job) {
      running += 1;
      var request = new XMLHttpRequest();
      request.open("POST", zone.getAttribute("data-upload-url") + "?name=" + encodeURIComponent(job.file.name));
      request.setRequestHeader("X-CSRF-Token", zone.getAttribute("data-csrf"));
      request.setRequestHeader("Content-Type", "application/octet-stream");
      request.upload.addEventListener("progress", function (event) {
        if (event.lengthComputable) job.bar.value = event.loaded / event.total;
      });
      request.addEventListener("loadend", function () {
        running -= 1;
        job.bar.value = 1;
        var result;
        try { result = JSON.parse(request.responseText); } catch (error) { result = null; }
        if (!result || !result.status) {
          // The server refuses a body over the limit from its length and may close the connection
          // before the browser has sent it all: then there is no answer to read, only the size.
          var tooBig = request.status === 413 || (maxBytes && job.file.size > maxBytes);
          result = {status: "failed", reason: tooBig
            ? "larger than the " + Math.round(maxBytes / 1048576) + " MB file-size limit: refused"
            : (result && result.error && result.error.message) || "the upload did not reach the server"};
        }
        show(job.item, result);
        next();
      });
      request.send(job.file);
    };
    var take = function (files) {
      Array.prototype.forEach.call(files, function (file) {
        var item = document.createElement("li");
        item.setAttribute("data-upload-file", file.name);
        addText(item, "span", "upload-name", file.name + " ");
        var bar = document.createElement("progress");
        bar.max = 1;
        bar.value = 0;
        bar.setAttribute("aria-label", "Upload of " + file.name);
        item.appendChild(bar);
        addText(item, "span", "", " ").setAttribute("data-upload-state", "");
        item.querySelector("[data-upload-state]").textContent = " sending…";
        list.appendChild(item);
        queue.push({file: file, item: item, bar: bar});
      });
      next();
    };
    zone.querySelector("[data-upload-input]").addEventListener("change", function (event) {
      take(event.target.files);
      event.target.value = "";
    });
    // Files dropped anywhere on the page go to the zone (it opens if folded).
    document.addEventListener("dragover", function (event) {
      if (!event.dataTransfer || Array.prototype.indexOf.call(event.dataTransfer.types, "Files") < 0) return;
      event.preventDefault();
      var fold = zone.closest("details");
      if (fold) fold.open = true;
      zone.classList.add("is-dropping");
    });
    document.addEventListener("dragleave", function () { zone.classList.remove("is-dropping"); });
    document.addEventListener("drop", function (event) {
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      event.preventDefault();
      zone.classList.remove("is-dropping");
      take(event.dataTransfer.files);
    });
  }

  // Batch actions on search results (docs/lightboxes.md): the tiles' checkboxes work without script; here a
  // click on a tile (outside its links) ticks it, shift-click ticks a range, Space ticks the focused tile.
  var selectForm = document.querySelector("[data-batch-select]");
  var resultsGrid = document.getElementById("results-grid");
  if (selectForm && resultsGrid) {
    var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-select-asset]"));
    var counter = selectForm.querySelector("[data-selection-count]");
    var hint = counter.textContent;
    var lastBox = null;
    var showSelection = function () {
      var ticked = 0;
      boxes.forEach(function (box) {
        var tile = box.closest("li.tile");
        if (tile) tile.classList.toggle("is-selected", box.checked);
        if (box.checked) ticked += 1;
      });
      counter.textContent = ticked ? ticked + (ticked === 1 ? " picture" : " pictures") + " selected" : hint;
      selectForm.setAttribute("data-selected", String(ticked));
    };
    var tick = function (box, checked, range) {
      if (range && lastBox && lastBox !== box) {
        var from = boxes.indexOf(lastBox), to = boxes.indexOf(box);
        boxes.slice(Math.min(from, to), Math.max(from, to) + 1).forEach(function (other) { other.checked = checked; });
      }
      box.checked = checked;
      lastBox = box;
      showSelection();
    };
    resultsGrid.addEventListener("click", function (event) {
      var tile = event.target.closest("li.tile");
      var box = tile && tile.querySelector("input[data-select-asset]");
      if (!box) return;
      if (event.target === box) { tick(box, box.checked, event.shiftKey); return; }  // the browser ticked it
      if (event.target.closest("a, button, input, label, select, textarea")) return;  // links open the picture
      tick(box, !box.checked, event.shiftKey);
    });
    resultsGrid.addEventListener("keydown", function (event) {
      if (event.key !== " " || event.ctrlKey || event.metaKey || event.altKey) return;
      var tile = event.target.closest("li.tile");
      var box = tile && tile.querySelector("input[data-select-asset]");
      if (!box || event.target.closest("input, select, textarea, button")) return;  // those answer Space themselves
      event.preventDefault();  // Space on a tile's link ticks it instead of scrolling the page
      tick(box, !box.checked, event.shiftKey);
    });
    // Enter in a batch field presses its own group's button (without script: the first button of the form).
    selectForm.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || !event.target.matches("input[type=text]")) return;
      var group = event.target.closest(".batch-group");
      var button = group && group.querySelector("button[type=submit]");
      if (!button) return;
      event.preventDefault();
      button.click();
    });
    var lightboxName = selectForm.querySelector("[data-batch-lightbox-name]");
    if (lightboxName) {
      lightboxName.addEventListener("input", function () {
        selectForm.querySelector("[data-batch-lightbox]").value = "new";
      });
    }
    selectForm.addEventListener("submit", function (event) {
      if (boxes.some(function (box) { return box.checked; })) return;
      event.preventDefault();
      counter.textContent = "Tick at least one picture first.";
    });
    showSelection();
  }

  // A lightbox's order: the Up and Down buttons move a picture at once, a picture can be dragged, and its
  // handle moves it with the arrow keys; the new order is posted (the forms still work without script).
  var lightbox = document.querySelector("[data-lightbox][data-order-url]");
  var memberList = lightbox && lightbox.querySelector("[data-members]");
  if (memberList && window.fetch && window.URLSearchParams) {
    var orderStatus = lightbox.querySelector("[data-order-status]");
    var creditLines = lightbox.querySelector("[data-credits]");
    var csrf = lightbox.querySelector("input[name=csrf_token]");
    var members = function () { return Array.prototype.slice.call(memberList.children); };
    var saveOrder = function () {
      var body = new URLSearchParams();
      body.append("csrf_token", csrf ? csrf.value : "");
      body.append("id", members().map(function (item) { return item.getAttribute("data-asset-id"); }).join(" "));
      return fetch(lightbox.getAttribute("data-order-url"), {method: "POST", body: body, credentials: "same-origin",
                                                            headers: {Accept: "application/json"}})
        .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
        .then(function (found) { lightbox.setAttribute("data-saved-order", found.order.join(" ")); })
        .catch(function () { orderStatus.textContent = "The new order could not be saved: reload the page and try again."; });
    };
    var moveMember = function (item, to) {
      var all = members();
      var from = all.indexOf(item);
      to = Math.max(0, Math.min(to, all.length - 1));
      if (to === from) return;
      memberList.removeChild(item);
      memberList.insertBefore(item, members()[to] || null);
      members().forEach(function (member, place) { member.querySelector("[data-place]").textContent = (place + 1) + "."; });
      creditLines.textContent = members().map(function (member) { return member.getAttribute("data-credit-line"); }).join("\n");
      var title = item.querySelector(".member-title a");
      orderStatus.textContent = (title ? title.textContent : "Picture") + " moved to place " + (to + 1) + " of " + all.length + ".";
      saveOrder();
    };
    memberList.addEventListener("click", function (event) {
      var button = event.target.closest("[data-move]");
      if (!button) return;
      event.preventDefault();
      var item = button.closest("li");
      var place = members().indexOf(item);
      moveMember(item, button.getAttribute("data-move") === "up" ? place - 1 : place + 1);
      button.focus();
    });
    Array.prototype.forEach.call(memberList.querySelectorAll("[data-drag-handle]"), function (handle) {
      handle.hidden = false;
      handle.addEventListener("keydown", function (event) {
        var item = handle.closest("li");
        var place = members().indexOf(item);
        var targets = {ArrowUp: place - 1, ArrowDown: place + 1, Home: 0, End: members().length - 1};
        if (!(event.key in targets)) return;
        event.preventDefault();
        moveMember(item, targets[event.key]);
        handle.focus();
      });
    });
    var dragged = null;
    members().forEach(function (item) { item.draggable = true; });
    memberList.addEventListener("dragstart", function (event) {
      dragged = event.target.closest("li");
      if (!dragged) return;
      dragged.classList.add("is-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged.getAttribute("data-asset-id"));
    });
    memberList.addEventListener("dragover", function (event) {
      var over = event.target.closest("li");
      if (!dragged || !over) return;
      event.preventDefault();
      members().forEach(function (item) { item.classList.toggle("is-drop-target", item === over && item !== dragged); });
    });
    memberList.addEventListener("drop", function (event) {
      var over = event.target.closest("li");
      if (!dragged || !over) return;
      event.preventDefault();
      var box = over.getBoundingClientRect();
      var place = members().indexOf(over) + (event.clientY > box.top + box.height / 2 ? 1 : 0);
      if (members().indexOf(dragged) < place) place -= 1;
      moveMember(dragged, place);
    });
    memberList.addEventListener("dragend", function () {
      members().forEach(function (item) { item.classList.remove("is-dragging", "is-drop-target"); });
      dragged = null;
    });
  }
})();
