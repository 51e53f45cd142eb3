import { defineCollection } from 'astro:content';
import { storiesLoader } from './loader/stories-loader.ts';

export const collections = {
  stories: defineCollection({ loader: storiesLoader({ base: process.env['SAME_STORY_CONTENT'] ?? 'content/stories' }) }),
};
