// Starts downloading the page's dataset while the app's scripts are still loading; the app
// takes the request over (src/data/takePrefetched.ts). It also marks a page that will show
// another dataset than its prerendered HTML's. Only a dataset on this site is
// fetched here: any other URL, and every check and message, is left to the app.
// The default must be the one src/data/datasetUrl.ts picks (DEFAULT_DATASET, or the
// edition in the reader's language from DEFAULT_EDITIONS); a test checks both agree.
(function () {
  try {
    const params = new URLSearchParams(location.search);
    const param = params.get("data");
    const raw =
      param === null || param.trim() === ""
        ? pathDataset(location.pathname) || defaultEdition(params)
        : param.trim();
    const url = new URL(raw, location.href);
    // The page's HTML tells the story of the dataset its path names (the bundled one at
    // the root). A page asked to show another must not show that story while it loads:
    // src/components/StaticPage.css hides it on this mark.
    const written = pathDataset(location.pathname) || "/data/de-armas-cruise-2025.json";
    if (url.href !== new URL(written, location.href).href) {
      document.documentElement.setAttribute("data-other-dataset", "");
    }
    const http = url.protocol === "http:" || url.protocol === "https:";
    if (!http || url.origin !== location.origin || url.username !== "" || url.password !== "") {
      return;
    }
    const response = fetch(url.href, { credentials: "omit" }).then(readEagerly);
    // The app sees (and reports) a failure; this copy only keeps it from being "unhandled".
    response.catch(function () {});
    window.__rumorPrefetch = { href: url.href, response: response };
  } catch {
    // No prefetch; the app fetches the dataset itself.
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

  // The browser stops downloading once a small buffer is full and nobody reads it, and the
  // app reads only after its scripts have run. So read now, keep the chunks, and give the
  // app a response that replays them and then follows the rest as it comes.
  function readEagerly(original) {
    // A null-body status (204 No Content, 304 …) cannot be rebuilt with a body: Response
    // throws, and the app would report a network failure. There is nothing to read ahead.
    const nullBody = [101, 103, 204, 205, 304].indexOf(original.status) >= 0;
    if (nullBody || original.body === null || typeof ReadableStream === "undefined") {
      return original;
    }
    const reader = original.body.getReader();
    const chunks = [];
    let buffered = 0;
    let pumping = false;
    let done = false;
    let failure = null;
    let wake = null;
    const notify = function () {
      if (wake !== null) {
        const next = wake;
        wake = null;
        next();
      }
    };
    // Read ahead at most the app's size limit (64 MB); the app refuses anything bigger.
    const pump = function () {
      pumping = true;
      reader.read().then(
        function (step) {
          pumping = false;
          if (step.done) done = true;
          else {
            chunks.push(step.value);
            buffered += step.value.byteLength;
          }
          notify();
          if (!step.done && buffered <= 64 * 1024 * 1024) pump();
        },
        function (error) {
          pumping = false;
          failure = error;
          notify();
        },
      );
    };
    pump();
    let given = 0;
    const body = new ReadableStream({
      pull: function (controller) {
        return new Promise(function (resolve) {
          const next = function () {
            if (given < chunks.length) {
              controller.enqueue(chunks[given]);
              chunks[given] = null; // handed over: let it go
              given++;
            } else if (failure !== null) controller.error(failure);
            else if (done) controller.close();
            else {
              wake = next;
              if (!pumping) pump();
              return;
            }
            resolve();
          };
          next();
        });
      },
      cancel: function (reason) {
        return reader.cancel(reason);
      },
    });
    return new Response(body, {
      status: original.status,
      statusText: original.statusText,
      headers: original.headers,
    });
  }
})();
