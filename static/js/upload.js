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
    var bar = form.querySelector("progress.upload-all") || document.createElement("progress");
    bar.className = "upload-all";
    bar.max = 100;
    bar.value = 0;
    form.appendChild(bar);
    return bar;
  }

  /* One row per file, each with its own bar; all go in one request, so each file's share of
     the bytes sent says how far it is. */
  function fileList(form, files) {
    var list = form.querySelector(".upload-files") || document.createElement("ol");
    list.className = "upload-files";
    list.innerHTML = "";
    var rows = files.map(function (file) {
      var row = document.createElement("li");
      var name = document.createElement("span");
      name.textContent = file.name;
      var bar = document.createElement("progress");
      bar.max = 100;
      bar.value = 0;
      row.append(name, bar);
      list.appendChild(row);
      return { size: file.size, bar: bar };
    });
    form.appendChild(list);
    return function (loaded) {
      var start = 0;
      rows.forEach(function (row) {
        var done = Math.max(0, Math.min(row.size, loaded - start));
        row.bar.value = row.size ? Math.round((done / row.size) * 100) : 100;
        start += row.size;
      });
    };
  }

  function send(url, body, bar, each) {
    return new Promise(function (resolve, reject) {
      var request = new XMLHttpRequest();
      request.open("POST", url);
      // Our own routes answer with where to go next; a store's presigned POST must not
      // see a custom header (it would ask for CORS).
      if (new URL(url, location.href).origin === location.origin) {
        request.setRequestHeader("X-Upload", "1");
      }
      request.upload.onprogress = function (event) {
        if (!event.lengthComputable) return;
        bar.value = Math.round((event.loaded / event.total) * 100);
        if (each) each(event.loaded);
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
    var answer = /json/.test(request.getResponseHeader("Content-Type") || "")
      ? JSON.parse(request.responseText) : null;
    if (request.status < 400 && answer && answer.location) {
      window.location.assign(answer.location);
      return;
    }
    var page = new DOMParser().parseFromString(request.responseText, "text/html");
    var errors = Array.prototype.map.call(page.querySelectorAll(".error, .error-box p"),
      function (node) { return node.textContent.trim(); }).filter(Boolean);
    message(form, errors.join(" ") || request.statusText);
  }

  function viaApp(form) {
    var bar = progressBar(form);
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[type=file][data-upload]"));
    var jobs = [];
    inputs.forEach(function (input) {
      Array.prototype.forEach.call(input.files, function (file) {
        jobs.push(shrink(file).then(function (small) { return [input.name, small]; }));
      });
    });
    return Promise.all(jobs).then(function (files) {
      var body = new FormData(form);
      inputs.forEach(function (input) { body.delete(input.name); });
      files.forEach(function (pair) { body.append(pair[0], pair[1], pair[1].name); });
      var each = files.length > 1 ? fileList(form, files.map(function (pair) { return pair[1]; }))
        : null;
      return send(form.action, body, bar, each);
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
    var inputs = Array.prototype.filter.call(
      form.querySelectorAll("input[type=file][data-upload]"),
      function (input) { return input.files.length; });
    if (!inputs.length || !window.FormData || !window.XMLHttpRequest) return;
    event.preventDefault();
    var limit = Number(form.dataset.limitMb || 0);
    var tooBig = inputs.some(function (input) {
      return Array.prototype.some.call(input.files, function (file) {
        return !/^image\//.test(file.type) && limit && file.size > limit * 1024 * 1024;
      });
    });
    if (tooBig) {
      message(form, form_text.tooLarge.replace("{mb}", limit));  // say so before sending
      return;
    }
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    // A single recording may go straight to the bucket; photos, and a video with a still,
    // go through the app, which checks them together.
    var still = form.querySelector("input[name=poster]");
    var goDirect = form.dataset.direct && inputs.length === 1 && !(still && still.files.length);
    (goDirect ? direct(form, inputs[0]) : viaApp(form))
      .catch(function (error) { message(form, error.message); })
      .then(function () { if (button) button.disabled = false; });
  });
})();
