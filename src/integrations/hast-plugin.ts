import type { AstroIntegration } from 'astro';
import type { HastPluginEntry } from 'satteri';

/**
 * An integration that adds one HAST plugin to Astro's Markdown processor, which MDX shares. Astro 7 renders Markdown
 * with Sätteri, whose HAST plugins are its rehype plugins; under another processor the build stops, saying what the
 * plugin gives (`gives`: "heading anchors", "table boxes").
 */
export function hastPluginIntegration(name: string, gives: string, plugin: HastPluginEntry): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri')
          throw new Error(`${name}: ${gives} need the Sätteri processor, found "${processor.name}"`);
        (processor.options as { hastPlugins: unknown[] }).hastPlugins.push(plugin);
      },
    },
  };
}
