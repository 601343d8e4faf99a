/* Optional help for uploads on slow phones. Without JavaScript the forms post as usual.
   - Photos are shrunk in the browser (longest side 2560 px) before they are sent.
   - A progress bar shows; a failure says why and the form stays filled for a retry.
   - With data-direct, large files go straight to the storage bucket, then the app checks them. */
(function () {
  "use strict";
  var MAX_SIDE = 2560;

  function message(form, text) {
    var box = form.querySelector(".upload-error");
    if (!box) {
      box = document.createElement("p");
      box.className = "error upload-error";
      box.setAttribute("role", "alert");
      form.insertBefore(box, form.firstChild);
    }
    box.textContent = text;
  }

  function progressBar(form) {
    var bar = form.querySelector("progress") || document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    form.appendChild(bar);
    return bar;
  }

  function send(url, body, bar) {
    return new Promise(function (resolve, reject) {
      var request = new XMLHttpRequest();
      request.open("POST", url);
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) bar.value = Math.round((event.loaded / event.total) * 100);
      };
      request.onload = function () { resolve(request); };
      request.onerror = function () { reject(new Error(form_text.network)); };
      request.send(body);
    });
  }

  var english = document.documentElement.lang === "en";
  var form_text = {
    network: english
      ? "The connection dropped. Check your signal and send again."
      : "Koneksi terputus. Periksa sinyal Anda lalu kirim lagi.",
    expired: english
      ? "Your session has ended. Reload the page, log in and send again."
      : "Sesi Anda sudah berakhir. Muat ulang halaman, masuk, lalu kirim lagi.",
    tooLarge: english
      ? "This file is too large. The limit is {mb} MB."
      : "Berkas ini terlalu besar. Batasnya {mb} MB."
  };

  function shrink(file) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || !window.createImageBitmap) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.size < 3 * 1024 * 1024) return file;
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          resolve(blob ? new File([blob], file.name.replace(/\.\w+$/, "") + ".jpg",
            { type: "image/jpeg" }) : file);
        }, "image/jpeg", 0.9);
      });
    }).catch(function () { return file; });
  }

  function showAnswer(form, request) {
    if (request.status < 400 && request.responseURL) {
      window.location.assign(request.responseURL);
      return;
    }
    var page = new DOMParser().parseFromString(request.responseText, "text/html");
    var errors = Array.prototype.map.call(page.querySelectorAll(".error, .error-box p"),
      function (node) { return node.textContent.trim(); }).filter(Boolean);
    message(form, errors.join(" ") || request.statusText);
  }

  function viaApp(form, input) {
    var bar = progressBar(form);
    return shrink(input.files[0]).then(function (file) {
      var body = new FormData(form);
      body.set(input.name, file, file.name);
      return send(form.action, body, bar);
    }).then(function (request) { showAnswer(form, request); });
  }

  function direct(form, input) {
    var file = input.files[0];
    var bar = progressBar(form);
    var ask = new FormData();
    ask.append("csrf_token", form.elements.csrf_token.value);
    ask.append("content_type", file.type);
    return fetch(form.dataset.direct, { method: "POST", body: ask, credentials: "same-origin" })
      .then(function (answer) {
        var json = /json/.test(answer.headers.get("Content-Type") || "");
        if (!json) throw new Error(form_text.expired);  // a log-in or error page came back
        return answer.json();
      })
      .then(function (target) {
        if (target.error) throw new Error(target.error);
        var body = new FormData();
        Object.keys(target.fields).forEach(function (name) { body.append(name, target.fields[name]); });
        body.append("file", file);
        return send(target.url, body, bar).then(function (request) {
          if (request.status >= 300) throw new Error(request.statusText || "upload failed");
          var attach = new FormData();
          attach.append("csrf_token", form.elements.csrf_token.value);
          attach.append("key", target.key);
          return send(form.dataset.attach, attach, bar);
        });
      }).then(function (request) { showAnswer(form, request); });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var input = form.querySelector("input[type=file][data-upload]");
    if (!input || !input.files.length || !window.FormData || !window.XMLHttpRequest) return;
    event.preventDefault();
    var limit = Number(form.dataset.limitMb || 0);
    var photo = /^image\//.test(input.files[0].type);
    if (limit && !photo && input.files[0].size > limit * 1024 * 1024) {
      message(form, form_text.tooLarge.replace("{mb}", limit));  // say so before sending
      return;
    }
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    // A video with a still goes through the app, which checks both together.
    var still = form.querySelector("input[name=poster]");
    var goDirect = form.dataset.direct && !(still && still.files.length);
    (goDirect ? direct(form, input) : viaApp(form, input))
      .catch(function (error) { message(form, error.message); })
      .then(function () { if (button) button.disabled = false; });
  });
})();
