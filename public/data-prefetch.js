// Starts downloading the page's dataset while the app's scripts are still loading; the app
// takes the request over (src/data/takePrefetched.ts). boot.js, the page's blocking script,
// has already worked out which dataset that is; this one is `async`, so that neither its
// download nor its running holds back the page's first paint. Only a dataset on this site is
// fetched here: any other URL, and every check and message, is left to the app.
(function () {
  try {
    // The app got there first (this script came late): it fetches the dataset itself.
    if (window.__rumorPrefetch !== undefined) return;
    const href = window.__rumorDatasetHref;
    if (typeof href !== "string") return;
    const url = new URL(href);
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
