/* A full-screen view of a work's photos: tap a photo; arrows or a swipe for the next; Escape
   or the close button to leave. Without JavaScript the gallery still swipes (scroll-snap). */
(function () {
  "use strict";
  var gallery = document.querySelector("[data-gallery]");
  if (!gallery || !window.HTMLDialogElement) return;
  var images = Array.prototype.slice.call(gallery.querySelectorAll("img"));
  var english = document.documentElement.lang === "en";
  var dialog = document.createElement("dialog");
  dialog.className = "lightbox";
  dialog.innerHTML = '<img alt=""><button type="button" class="close"></button>' +
    '<button type="button" class="prev"></button><button type="button" class="next"></button>';
  var labels = english ? ["Close", "Previous photo", "Next photo"]
    : ["Tutup", "Foto sebelumnya", "Foto berikutnya"];
  var big = dialog.querySelector("img");
  ["close", "prev", "next"].forEach(function (name, index) {
    var button = dialog.querySelector("." + name);
    button.setAttribute("aria-label", labels[index]);
    button.textContent = ["×", "‹", "›"][index];
  });
  document.body.appendChild(dialog);
  var current = 0, startX = null;

  function show(index) {
    current = (index + images.length) % images.length;
    var image = images[current];
    var source = image.parentNode.querySelector("source");
    big.srcset = source ? source.srcset : "";
    big.sizes = "100vw";
    big.src = image.currentSrc || image.src;
    big.alt = image.alt;
  }
  images.forEach(function (image, index) {
    image.addEventListener("click", function () { show(index); dialog.showModal(); });
  });
  dialog.querySelector(".close").addEventListener("click", function () { dialog.close(); });
  dialog.querySelector(".prev").addEventListener("click", function () { show(current - 1); });
  dialog.querySelector(".next").addEventListener("click", function () { show(current + 1); });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") show(current - 1);
    if (event.key === "ArrowRight") show(current + 1);
  });
  dialog.addEventListener("touchstart", function (event) { startX = event.touches[0].clientX; });
  dialog.addEventListener("touchend", function (event) {
    if (startX === null) return;
    var moved = event.changedTouches[0].clientX - startX;
    if (Math.abs(moved) > 40) show(current + (moved < 0 ? 1 : -1));
    startX = null;
  });
  if (images.length < 2) {
    dialog.querySelector(".prev").hidden = true;
    dialog.querySelector(".next").hidden = true;
  }
})();
