/* Recordings as a track list: one big play button per track, how far it has played (on its
   waveform too), and the next track after the last ends. Without JavaScript each track keeps
   the browser's own player. Nothing is loaded until a track is played (preload="none").
   Videos play 480p; 720p on a fast connection without data saving, or when asked. */
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("video[data-hd]"), function (video) {
    var hd = video.getAttribute("data-hd");
    var link = video.parentNode.querySelector("[data-hd-link]");
    var connection = navigator.connection || {};
    function sharper() {
      var at = video.currentTime, playing = !video.paused;
      video.src = hd;
      if (at) video.currentTime = at;
      if (playing) video.play();
      if (link) link.parentNode.removeChild(link);
    }
    if (connection.effectiveType === "4g" && !connection.saveData) sharper();
    if (link) link.addEventListener("click", function (event) { event.preventDefault(); sharper(); });
  });

  var tracks = Array.prototype.slice.call(document.querySelectorAll("[data-track]"));
  if (!tracks.length || !window.HTMLAudioElement) return;

  function clock(seconds) {
    if (!isFinite(seconds)) return "";
    var whole = Math.round(seconds), minutes = Math.floor(whole / 60), rest = whole % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function setUp(track, index) {
    var audio = track.querySelector("audio");
    var button = track.querySelector(".play");
    var seek = track.querySelector(".seek");
    var time = track.querySelector(".time");
    var total = Number(time.getAttribute("data-duration")) || 0;
    var bars = track.querySelectorAll(".wave rect");
    audio.controls = false;
    audio.hidden = true;
    button.hidden = false;
    seek.hidden = false;

    function show() {
      var length = audio.duration || total;
      if (length) seek.value = Math.round((audio.currentTime / length) * 1000);
      var played = length ? Math.round((audio.currentTime / length) * bars.length) : 0;
      for (var i = 0; i < bars.length; i++) bars[i].classList.toggle("on", i < played);
      time.textContent = audio.currentTime ? clock(audio.currentTime) + " / " + clock(length)
        : clock(length);
    }
    function mark(playing) {
      track.classList.toggle("playing", playing);
      button.setAttribute("aria-pressed", playing ? "true" : "false");
    }
    button.addEventListener("click", function () {
      if (audio.paused) {
        tracks.forEach(function (other) {
          var sound = other.querySelector("audio");
          if (sound !== audio && !sound.paused) sound.pause();
        });
        audio.play();
      } else {
        audio.pause();
      }
    });
    seek.addEventListener("input", function () {
      var length = audio.duration || total;
      if (length) audio.currentTime = (seek.value / 1000) * length;
    });
    audio.addEventListener("play", function () { mark(true); });
    audio.addEventListener("pause", function () { mark(false); });
    audio.addEventListener("timeupdate", show);
    audio.addEventListener("ended", function () {
      mark(false);
      var next = tracks[index + 1];
      if (next) next.querySelector(".play").click();
    });
  }
  tracks.forEach(setUp);
})();
