'use client';

// The same error page as the shop's other pages.
export { default } from '@/app/(shop)/error';
