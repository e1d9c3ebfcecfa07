// `npm run analyze` → custom-elements.json (read by Storybook and named in package.json).
// The manifest describes the public API only: private and protected members (and `#private` ones) are
// implementation, so they are left out — otherwise Storybook's Docs tables and controls list them.

/** Whether a manifest member is part of the public API. */
const isPublic = (member) => (!member.privacy || member.privacy === 'public' ? !member.name?.startsWith('#') : false);

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicApiOnly = {
  name: 'news-widgets-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    }
  },
};

export default {
  globs: ['src/elements/**/*.component.ts', 'src/elements/base/news-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  litelement: true,
  outdir: '.',
  packagejson: false, // package.json names it already (and tests run the analyzer without writing)
  plugins: [publicApiOnly],
};
