// Today, as a moment that changes only when the day does: a time range ("past week") moves at
// midnight without the window re-rendering every minute.
import { useEffect, useState } from 'react';

export function useToday(): Date {
  const [today, setToday] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      const now = new Date();
      // The same day keeps the same object, so React skips the render.
      setToday((current) => (current.toDateString() === now.toDateString() ? current : now));
    }, 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
