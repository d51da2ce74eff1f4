// Preload of the sandboxed window (bundled to CommonJS): exposes window.outpost and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

contextBridge.exposeInMainWorld('outpost', createBridge(ipcRenderer));
