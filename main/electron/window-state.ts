// Where the main window was, and its zoom: restored at start when still on a screen, saved as they change.
import type { BrowserWindow, Rectangle } from 'electron';
import type { ShellState, ShellStateStore, WindowBounds } from './shell-state.ts';
import { zoomRange } from './shell-state.ts';
import type { WindowPlacement } from './window.ts';

/**
 * How much of a window a display must show for it to count as there: enough to see it and to
 * drag it back by its title bar.
 */
export const minimumVisible = { width: 100, height: 50 } as const;

/**
 * True when the window's top edge lies in one display's work area and at least minimumVisible of
 * the window shows there. A monitor unplugged or rearranged since the last run fails this.
 */
export function isVisibleOnDisplays(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  return workAreas.some((area) => {
    const left = Math.max(bounds.x, area.x);
    const right = Math.min(bounds.x + bounds.width, area.x + area.width);
    const bottom = Math.min(bounds.y + bounds.height, area.y + area.height);
    const topEdgeInside = bounds.y >= area.y && bounds.y < area.y + area.height;
    return (
      topEdgeInside &&
      right - left >= minimumVisible.width &&
      bottom - bounds.y >= minimumVisible.height
    );
  });
}

/** The placement to open the window with: the saved one, minus bounds no display shows any more. */
export function placementFrom(state: ShellState, workAreas: readonly Rectangle[]): WindowPlacement {
  const bounds =
    state.windowBounds && isVisibleOnDisplays(state.windowBounds, workAreas)
      ? state.windowBounds
      : undefined;
  return { bounds, maximized: state.maximized, zoomFactor: state.zoomFactor };
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed' | 'webContents'
>;

/** Saves the window's bounds while it moves (once it rests), and everything when it closes. */
export function rememberWindowState(
  window: TrackedWindow,
  state: Pick<ShellStateStore, 'save'>,
  debounceMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Normal bounds: a maximized or minimized window reopens at its normal size, then maximizes.
  const placement = (): Partial<ShellState> => ({
    windowBounds: roundBounds(window.getNormalBounds()),
    maximized: window.isMaximized(),
  });

  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!window.isDestroyed()) state.save(placement());
    }, debounceMs);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    timer = undefined;
    // Menu zoom (View › Zoom In) fires no event: the factor is read here, while the page still exists.
    const zoomFactor = window.webContents.getZoomFactor();
    const zoom = zoomFactor >= zoomRange.min && zoomFactor <= zoomRange.max ? { zoomFactor } : {};
    state.save({ ...placement(), ...zoom });
  });
}

/** Bounds are whole pixels in the saved schema; fractional DIPs can occur on scaled displays. */
function roundBounds(bounds: Rectangle): WindowBounds {
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
  };
}
