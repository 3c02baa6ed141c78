export * from './core/types.ts';
