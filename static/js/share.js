/* Share a page: the phone's own share sheet where there is one, else copy the link. Without
   JavaScript the panel shows the link to copy by hand and a WhatsApp link. */
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    });
  });
  if (!navigator.share) return;
  document.querySelectorAll("summary[data-share]").forEach(function (summary) {
    summary.addEventListener("click", function (event) {
      event.preventDefault();
      navigator.share({ title: summary.getAttribute("data-share-title"),
        url: summary.getAttribute("data-share") }).catch(function () {});
    });
  });
})();
