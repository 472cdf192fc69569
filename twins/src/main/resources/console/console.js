// The console's own script (no inline scripts: the pages' Content-Security-Policy allows only these files).
// "acting as" (Slack): every form's hidden "as" follows the chosen person; forms marked data-confirm ask first.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const acting = document.getElementById("acting-as");
  if (acting) {
    form.querySelectorAll("input.as").forEach((input) => { input.value = acting.value; });
  }
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
