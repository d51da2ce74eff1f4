// The reader's note about images not saved for offline reading, with a way to fetch them now. The
// page never loads them itself: the backend fetches them into the offline cache.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Article } from '../../../shared/model.ts';
import { describeError, getOutpost } from '../../api-client.ts';
import { apiQuery } from '../../data/queries.ts';
import { Icon } from '../../ui/Icon.tsx';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; stillMissing: number }
  | { kind: 'failed'; message: string };

export function MissingImages({ article }: { article: Article }) {
  const client = useQueryClient();
  const [shown, setShown] = useState<{ id: number; status: Status }>({
    id: article.id,
    status: { kind: 'idle' },
  });
  const status = shown.id === article.id ? shown.status : { kind: 'idle' as const };
  if (article.missingImages === 0 && status.kind !== 'done') return null;

  const load = async () => {
    const id = article.id;
    setShown({ id, status: { kind: 'loading' } });
    try {
      const updated = await getOutpost().loadImages(id);
      if (updated) client.setQueryData(apiQuery('getArticle', id).queryKey, updated);
      setShown({ id, status: { kind: 'done', stillMissing: updated?.missingImages ?? 0 } });
    } catch (error) {
      setShown({ id, status: { kind: 'failed', message: describeError(error) } });
    }
  };

  const count = article.missingImages;
  const images = `${count.toLocaleString()} ${count === 1 ? 'image is' : 'images are'}`;
  let text: string;
  if (status.kind === 'loading') text = `Fetching ${count === 1 ? 'the image' : 'the images'}…`;
  else if (status.kind === 'failed') text = `The images could not be fetched: ${status.message}`;
  else if (status.kind === 'done' && count === 0)
    text = 'Every image is now saved for offline reading.';
  else if (status.kind === 'done') text = `${images} still not saved; point at one to see why.`;
  else text = `${images} not saved for offline reading.`;

  return (
    <p className="reader__offline reader__images" data-testid="missing-images" role="status">
      <Icon name="image" size={14} />
      <span>
        {text}
        {count > 0 && status.kind !== 'loading' ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => void load()}>
              {status.kind === 'idle' ? 'Load images' : 'Try again'}
            </button>
          </>
        ) : null}
      </span>
    </p>
  );
}
