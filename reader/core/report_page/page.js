// Hovering a passage lights up every piece of the same match in both articles;
// a click brings the partner passage into view in the other column.
(function () {
  const pieces = {};
  document.querySelectorAll("[data-m]").forEach(function (piece) {
    piece.dataset.m.split(" ").forEach(function (id) {
      (pieces[id] = pieces[id] || []).push(piece);
    });
  });
  function light(piece, on) {
    piece.dataset.m.split(" ").forEach(function (id) {
      pieces[id].forEach(function (other) { other.classList.toggle("hot", on); });
      document.querySelectorAll(".c" + id).forEach(function (word) {
        word.classList.toggle("on", on);
      });
    });
  }
  document.querySelectorAll("[data-m]").forEach(function (piece) {
    piece.addEventListener("mouseenter", function () { light(piece, true); });
    piece.addEventListener("mouseleave", function () { light(piece, false); });
    piece.addEventListener("click", function () {
      const here = piece.closest(".doc");
      const id = piece.dataset.m.split(" ")[0];
      const partner = pieces[id].find(function (other) { return other.closest(".doc") !== here; });
      if (partner) { partner.scrollIntoView({ block: "center", behavior: "smooth" }); }
    });
  });
  const only = document.getElementById("show-only");
  only.addEventListener("change", function () {
    document.body.classList.toggle("hide-only", !only.checked);
  });
  const changes = document.getElementById("show-chg");
  changes.addEventListener("change", function () {
    document.body.classList.toggle("all-chg", changes.checked);
  });
})();
