// The framework floor (scripts/bench/floor.ts): the least an app-router page can ship. Keep it this small.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
