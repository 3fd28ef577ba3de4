// rasd's one script: highlight toggles on an article, a map place's events on click. The pages
// work without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("text");
  for (const box of document.querySelectorAll(".legend .toggle")) {
    box.addEventListener("change", () => text && text.classList.toggle("off-" + box.value, !box.checked));
  }
  const select = (dot) => {
    for (const el of document.querySelectorAll(".event-dot.active, .place.active")) el.classList.remove("active");
    const place = document.getElementById(dot.dataset.place);
    dot.classList.add("active");
    if (place) { place.classList.add("active"); place.scrollIntoView({ block: "nearest" }); }
  };
  for (const dot of document.querySelectorAll(".event-dot")) {
    dot.addEventListener("click", () => select(dot));
    dot.addEventListener("keydown", (e) => { if (e.key === "Enter") select(dot); });
  }
});
