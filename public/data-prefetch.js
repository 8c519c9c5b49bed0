// Starts downloading the page's dataset while the app's scripts are still loading; the app
// takes the request over (src/data/takePrefetched.ts). Only a dataset on this site is
// fetched here: any other URL, and every check and message, is left to the app.
// The default path must match DEFAULT_DATASET in src/data/datasetUrl.ts (a test checks).
(function () {
  try {
    const param = new URLSearchParams(location.search).get("data");
    const raw =
      param === null || param.trim() === "" ? "data/de-armas-cruise-2025.json" : param.trim();
    const url = new URL(raw, location.href);
    const http = url.protocol === "http:" || url.protocol === "https:";
    if (!http || url.origin !== location.origin || url.username !== "" || url.password !== "") {
      return;
    }
    const response = fetch(url.href, { credentials: "omit" });
    // The app sees (and reports) a failure; this copy only keeps it from being "unhandled".
    response.catch(function () {});
    window.__rumorPrefetch = { href: url.href, response: response };
  } catch {
    // No prefetch; the app fetches the dataset itself.
  }
})();
