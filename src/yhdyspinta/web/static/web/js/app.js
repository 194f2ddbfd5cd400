// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".js-hide-with-script").forEach((el) => { el.hidden = true; });
  document.querySelectorAll("select.js-autosubmit").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
  document.querySelectorAll("form.js-filter select").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
  });
});
