// Entry of embed.js (built by scripts/vite-embed-script.ts as a fixed-name IIFE).
import { install } from "./loader.ts";

install(window);
