// What must be settled before the first paint, so it runs as the page's only blocking script.
// A file rather than an inline script: the Content-Security-Policy allows no inline code.
//
// - ?theme= is applied, so a dark view never flashes light first.
// - The dataset the page will show is worked out (the app's own choice: src/data/
//   datasetUrl.ts picks DEFAULT_DATASET, or the edition in the reader's language from
//   DEFAULT_EDITIONS; a test checks both agree) and left for data-prefetch.js, which starts
//   downloading it. A page asked to show another dataset than the one its prerendered HTML
//   tells (the bundled one at the root) is marked, and src/components/StaticPage.css hides
//   that story while it loads.
(function () {
  const params = new URLSearchParams(location.search);
  const theme = params.get("theme");
  if (theme === "light" || theme === "dark") {
    document.documentElement.setAttribute("data-theme", theme);
  }
  try {
    const param = params.get("data");
    const raw =
      param === null || param.trim() === ""
        ? pathDataset(location.pathname) || defaultEdition(params)
        : param.trim();
    const url = new URL(raw, location.href);
    const written = pathDataset(location.pathname) || "/data/de-armas-cruise-2025.json";
    if (url.href !== new URL(written, location.href).href) {
      document.documentElement.setAttribute("data-other-dataset", "");
    }
    window.__rumorDatasetHref = url.href;
  } catch {
    // No mark and no early download; the app works out the dataset itself and says what
    // is wrong with the address.
  }

  // A prerendered page names its dataset in its path, as src/data/sitePaths.ts lays them out:
  // /e/<event>/ is the bundled dataset's event, /t/<name>/ and /t/<name>/<event>/ another's.
  function pathDataset(path) {
    const slug = "[a-z0-9]+(?:-[a-z0-9]+)*";
    if (new RegExp("^/e/" + slug + "/?$").test(path)) return "/data/de-armas-cruise-2025.json";
    const page = new RegExp("^/t/([a-z0-9-]+(?:\\.[a-z0-9-]+)*)/(?:" + slug + "/?)?$").exec(path);
    return page === null ? null : "/data/" + page[1] + ".json";
  }

  // The first of ?lang= and the reader's languages that the interface speaks decides, as
  // chooseLanguage does; only Spanish has an edition of its own.
  function defaultEdition(params) {
    const spoken = ["en", "es", "pt", "fr", "de", "it", "ar"];
    const wanted = [params.get("lang")].concat(Array.from(navigator.languages || []));
    for (let i = 0; i < wanted.length; i++) {
      const tag = String(wanted[i] || "")
        .trim()
        .toLowerCase()
        .replace(/_/g, "-");
      const primary = tag.split("-")[0];
      if (primary === "" || spoken.indexOf(primary) < 0) continue;
      return primary === "es"
        ? "data/de-armas-cruise-2025.es.json"
        : "data/de-armas-cruise-2025.json";
    }
    return "data/de-armas-cruise-2025.json";
  }
})();
