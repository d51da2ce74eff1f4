// Whether the computer has a network connection, as the browser sees it; calls back when it returns.
import { useEffect, useRef, useState } from 'react';

export function useOnline(onReturn: () => void): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  const callback = useRef(onReturn);
  useEffect(() => {
    callback.current = onReturn;
  }, [onReturn]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      callback.current();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);

  return online;
}
