import { WorkerError, WorkerErrorCode } from '@casetrail/workers';
import { pageFailureOf } from './ocr-pool';
import { OcrFailureCode } from './ocr-task';

describe('pageFailureOf: the worker pool errors a page stores', () => {
  it('stores a page over its time limit as timeout, in seconds of the page limit', () => {
    const error = new WorkerError(WorkerErrorCode.TimedOut, 'ocrPageTask took longer than 90000 ms and was stopped.');
    expect(pageFailureOf(error, 90_000)).toEqual({
      code: OcrFailureCode.Timeout,
      message: 'Reading the page took longer than 90 s.',
    });
  });

  it('stores a thread that ran out of memory, or died, as crashed', () => {
    const oom = new WorkerError(WorkerErrorCode.OutOfMemory, 'ocrPageTask needed more than 1024 MB and was stopped.');
    expect(pageFailureOf(oom, 1000)).toEqual({
      code: OcrFailureCode.Crashed,
      message: 'The OCR thread stopped: ocrPageTask needed more than 1024 MB and was stopped.',
    });
    expect(pageFailureOf(new Error('worker exited with code: 1'), 1000)).toEqual({
      code: OcrFailureCode.Crashed,
      message: 'The OCR thread stopped: worker exited with code: 1',
    });
  });

  it('stores nothing when the pool is full or shut down: the error goes on and the page stays pending', () => {
    for (const code of [WorkerErrorCode.PoolBusy, WorkerErrorCode.PoolClosed]) {
      const error = new WorkerError(code, 'not now');
      expect(() => pageFailureOf(error, 1000)).toThrow(error);
    }
  });
});
