// The floor: the least a page can do with a dataset and still show it. No framework and
// no build step: it downloads the file named by `?data=` (as the app does), parses it with
// JSON.parse, draws one canvas dot per event (x by date, y spread over a few rows), then
// sets `data-timeline-ready` on its `.timeline-root`, so the same probe, navigation and
// timing origin measure it as the app. The app's ready over the floor's says what the app's
// start-up, checking and drawing cost on top of the download and the parse.

/** Where the bench writes the floor page in the build, and the path it is served at. */
export const FLOOR_FILE = "bench/floor.html";
export const FLOOR_PATH = `/${FLOOR_FILE}`;

/** The floor page opened on a dataset served at `dataPath` (a path on the same origin). */
export function floorUrl(origin: string, dataPath: string): string {
  return `${origin}${FLOOR_PATH}?data=${encodeURIComponent(dataPath)}`;
}

// Plain JavaScript in the page. The download starts from the head, as the app's
// data-prefetch.js starts it; the drawing waits for the canvas to be in the document.
export const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Bench floor</title>
    <style>
      html, body { margin: 0; background: #fff; }
      canvas { display: block; width: 100vw; height: 50vh; }
    </style>
    <script>
      (() => {
        const path = new URLSearchParams(location.search).get("data");
        const text = path === null
          ? Promise.reject(new Error("no ?data="))
          : fetch(path, { credentials: "omit" }).then((response) => {
              if (!response.ok) throw new Error("HTTP " + response.status);
              return response.text();
            });
        const dom = new Promise((done) => document.addEventListener("DOMContentLoaded", done));
        const DATE = /(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?/;
        Promise.all([text, dom]).then(([body]) => {
          const dataset = JSON.parse(body);
          const events = dataset.events;
          const times = new Float64Array(events.length);
          let min = Infinity;
          let max = -Infinity;
          for (let i = 0; i < events.length; i++) {
            const m = DATE.exec(String(events[i].date));
            const t = m === null ? 0 : Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
            times[i] = t;
            if (t < min) min = t;
            if (t > max) max = t;
          }
          const canvas = document.querySelector("canvas");
          const ratio = window.devicePixelRatio || 1;
          const width = canvas.clientWidth;
          const height = canvas.clientHeight;
          canvas.width = Math.round(width * ratio);
          canvas.height = Math.round(height * ratio);
          const context = canvas.getContext("2d");
          context.scale(ratio, ratio);
          context.fillStyle = "#1f5fbf";
          const span = max > min ? max - min : 1;
          const rows = Math.max(1, Math.floor((height - 8) / 6));
          context.beginPath();
          for (let i = 0; i < events.length; i++) {
            const x = 4 + ((times[i] - min) / span) * (width - 8);
            const y = 4 + (i % rows) * 6;
            context.moveTo(x + 2, y);
            context.arc(x, y, 2, 0, 2 * Math.PI);
          }
          context.fill();
          document.querySelector(".timeline-root").setAttribute("data-timeline-ready", "");
        }).catch((error) => {
          const view = document.createElement("p");
          view.className = "error-view";
          view.textContent = String(error);
          document.body.append(view);
        });
      })();
    </script>
  </head>
  <body>
    <div class="timeline-root"><canvas aria-label="Events by date"></canvas></div>
  </body>
</html>
`;
