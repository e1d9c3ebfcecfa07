import type { Plugin } from 'vite';

export function minifyHtml(text: string): string;
export function minifyCss(text: string): string;
export function minifyTemplates(code: string, fileName?: string): string | undefined;
export function minifyLiterals(): Plugin;
export function noPreloadHelper(): Plugin;
export function explicitMsgIds(): Plugin;
export function eagerImports(eager: (specifier: string) => boolean): Plugin;
