// `npm run analyze` → custom-elements.json (read by Storybook and named in package.json).
export default {
  globs: ['src/elements/**/*.component.ts', 'src/elements/base/news-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  litelement: true,
  outdir: '.',
};
