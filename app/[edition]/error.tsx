"use client";

// A failure in the frame itself (app/[edition]/(site)/layout.tsx): the same screen, without the frame.
export { default } from "./(site)/error";
