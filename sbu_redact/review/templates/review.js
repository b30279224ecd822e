"use strict";
// Next/previous change with the keyboard (n/j, p/k; r/R: next/previous that needs review).
// Reads only data attributes and writes only textContent: no HTML is ever built from data.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('pre.version [data-index]'));
  var position = document.getElementById("position");
  var details = document.getElementById("details");
  var current = -1;
  var header = document.querySelector("header.top");
  function fit() {  // the column titles stick right below the header, whatever its height
    document.documentElement.style.setProperty("--header-height", header.offsetHeight + "px");
  }
  fit();
  window.addEventListener("resize", fit);
  function twin(el) { return document.getElementById(el.id + "-original"); }
  function field(label, value) {
    if (!value) { return; }
    var b = document.createElement("b"); b.textContent = label + ": ";
    details.appendChild(b); details.appendChild(document.createTextNode(value + "  "));
  }
  function show(i) {
    if (!items.length) { return; }
    i = (i + items.length) % items.length;
    var old = document.querySelectorAll(".current");
    for (var k = 0; k < old.length; k++) { old[k].classList.remove("current"); }
    current = i;
    var el = items[i], other = twin(el), d = el.dataset;
    el.classList.add("current");
    if (other) { other.classList.add("current"); }
    var row = document.getElementById("row-" + d.index);
    if (row) { row.classList.add("current"); }
    el.scrollIntoView({block: "center"});
    el.focus({preventScroll: true});
    position.textContent = (i + 1) + " of " + items.length;
    details.textContent = "";
    field(d.kind === "flag" ? "needs review" : d.kind, d.kind === "flag" ? d.designation : d.entityType);
    field("rule", d.rule); field("exemption", d.exemption); field("suggested", d.suggested);
    field("recognizer", d.recognizer); field("score", d.score);
    field("span", d.start + "\u2013" + d.end); field("why", d.reason);
    fit();
    if (history.replaceState) { history.replaceState(null, "", "#" + el.id); }
  }
  function step(delta, reviewOnly) {
    var i = current;
    for (var n = 0; n < items.length; n++) {
      i = (i + delta + items.length) % items.length;
      if (!reviewOnly || items[i].dataset.review === "yes") { return show(i); }
    }
  }
  document.getElementById("next").addEventListener("click", function () { step(1, false); });
  document.getElementById("previous").addEventListener("click", function () { step(-1, false); });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var map = {n: [1, false], j: [1, false], p: [-1, false], k: [-1, false], r: [1, true], R: [-1, true]};
    var move = map[event.key];
    if (move) { event.preventDefault(); step(move[0], move[1]); }
  });
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-index]") : null;
    if (target && target.id) {
      var el = document.getElementById(target.id.replace(/-original$/, ""));
      var i = items.indexOf(el);
      if (i >= 0) { show(i); }
    }
  });
  var link = document.querySelectorAll("a[data-goto]");
  for (var m = 0; m < link.length; m++) {
    link[m].addEventListener("click", function (event) {
      var i = items.indexOf(document.getElementById(this.dataset.goto));
      if (i >= 0) { event.preventDefault(); show(i); }
    });
  }
  document.documentElement.dataset.ready = "yes";
})();
