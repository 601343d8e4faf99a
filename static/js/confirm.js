/* Deleting asks first. Without JavaScript a delete link opens a page that asks; with it, the
   same question comes up in a dialog over the page, and "Yes" sends the same form. */
(function () {
  "use strict";
  if (!window.HTMLDialogElement) return;
  var token = document.querySelector("input[name=csrf_token]");
  var english = document.documentElement.lang === "en";
  document.querySelectorAll("a[data-confirm]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var dialog = document.createElement("dialog");
      dialog.className = "confirm-dialog";
      var form = document.createElement("form");
      form.method = "post";
      form.action = link.href;
      var text = document.createElement("p");
      text.textContent = link.getAttribute("data-confirm");
      var hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = "csrf_token";
      hidden.value = token ? token.value : "";
      var yes = document.createElement("button");
      yes.type = "submit";
      yes.className = "danger";
      yes.textContent = english ? "Yes, delete" : "Ya, hapus";
      var no = document.createElement("button");
      no.type = "button";
      no.className = "quiet";
      no.textContent = english ? "No, keep it" : "Tidak, simpan";
      no.addEventListener("click", function () { dialog.close(); dialog.remove(); });
      form.append(text, hidden, yes, no);
      dialog.appendChild(form);
      document.body.appendChild(dialog);
      dialog.showModal();
      no.focus();
    });
  });
})();
