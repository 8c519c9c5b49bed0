// Applies ?theme= before the first paint, so a dark view never flashes light first.
// A file rather than an inline script: the Content-Security-Policy allows no inline code.
(function () {
  const theme = new URLSearchParams(location.search).get("theme");
  if (theme === "light" || theme === "dark") {
    document.documentElement.setAttribute("data-theme", theme);
  }
})();
