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
})();
