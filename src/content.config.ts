import { defineCollection } from 'astro:content';
import { storiesLoader } from './loader/stories-loader.ts';

export const collections = {
  stories: defineCollection({ loader: storiesLoader({ base: 'content/stories' }) }),
};
