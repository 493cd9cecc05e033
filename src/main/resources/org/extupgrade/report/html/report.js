// Re-applies the filters (severity, kind, PostgreSQL major) to the findings, the graph and the
// path matrix. The statuses follow the same rule as the Java side (Facts.status).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var form = document.getElementById("filters");
  var STATUSES = ["st-clean", "st-findings", "st-failing", "st-untested"];
  var byEdge = {}, byNode = {}, byCell = {};
  data.findings.forEach(function (f, i) {
    if (f.e >= 0) (byEdge[f.e] = byEdge[f.e] || []).push(i);
    if (f.n >= 0) (byNode[f.n] = byNode[f.n] || []).push(i);
    f.c.forEach(function (c) { (byCell[c] = byCell[c] || []).push(i); });
  });

  function selection() {
    var sev = {}, majors = {};
    form.querySelectorAll("input[name=sev]:checked").forEach(function (i) { sev[i.value] = true; });
    form.querySelectorAll("input[name=major]:checked").forEach(function (i) { majors[i.value] = true; });
    return { sev: sev, majors: majors, kind: form.querySelector("select[name=kind]").value };
  }

  function anyMajor(ms, sel) {
    return ms.some(function (m) { return sel.majors[m]; });
  }

  function status(hits, visible, covered) {
    var shown = (hits || []).filter(function (i) { return visible[i]; });
    if (shown.some(function (i) { return data.findings[i].x; })) return "failing";
    if (shown.some(function (i) { return data.findings[i].s !== "info"; })) return "findings";
    return covered ? "clean" : "untested";
  }

  function paint(id, st) {
    var el = document.getElementById(id);
    if (!el) return;
    STATUSES.forEach(function (c) { el.classList.remove(c); });
    el.classList.add("st-" + st);
  }

  function apply() {
    var sel = selection();
    var visible = data.findings.map(function (f) {
      return !!sel.sev[f.s] && (sel.kind === "" || sel.kind === f.k) && anyMajor(f.m, sel);
    });
    var shown = 0;
    visible.forEach(function (v, i) {
      document.getElementById("f" + i).hidden = !v;
      if (v) shown++;
    });
    document.querySelectorAll("section.script").forEach(function (s) {
      var n = { error: 0, warning: 0, info: 0 };
      s.querySelectorAll(".finding").forEach(function (el) {
        var i = Number(el.id.slice(1));
        if (visible[i]) n[data.findings[i].s]++;
      });
      var counts = ["error", "warning", "info"].filter(function (k) { return n[k] > 0; });
      s.hidden = counts.length === 0;
      s.querySelector(".counts").textContent =
        counts.map(function (k) { return n[k] + " " + k; }).join(", ");
    });
    for (var e = 0; e < data.edges; e++) {
      var covered = data.cells.some(function (c) { return c.e.indexOf(e) >= 0 && anyMajor(c.m, sel); });
      paint("e" + e, status(byEdge[e], visible, covered));
    }
    data.installs.forEach(function (n) { paint("n" + n, status(byNode[n], visible, true)); });
    data.cells.forEach(function (c, i) { paint("c" + i, status(byCell[i], visible, anyMajor(c.m, sel))); });
    document.getElementById("shown").textContent =
      shown + " of " + data.findings.length + " findings shown";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  var wrap = document.querySelector(".graph-wrap");
  wrap.addEventListener("dblclick", function () { wrap.classList.toggle("natural"); });
  apply();
  document.documentElement.setAttribute("data-ready", "true");
})();
