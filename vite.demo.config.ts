import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const cdnEntry = fileURLToPath(new URL('./src/cdn.ts', import.meta.url));
const classicEntry = fileURLToPath(new URL('./src/cdn-classic.ts', import.meta.url));

/** The demo page loads the script-tag bundle by its published path; in dev that path is the source. */
function cdnFromSource(): Plugin {
  return {
    name: 'news-widgets-cdn-from-source',
    resolveId(id) {
      if (id === '/cdn/news-widgets.js') return cdnEntry;
      if (id === '/cdn/news-widgets.classic.js') return classicEntry;
      return null;
    },
  };
}

/** `npm start`: the demo site, served from demo/ with the widgets built from src/ on the fly. */
export default defineConfig({
  root: 'demo',
  plugins: [cdnFromSource()],
  server: { port: 5173, open: false },
});
