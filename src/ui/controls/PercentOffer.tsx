// "Did you mean 60%?": the offer for a percentage typed as a fraction ("0.6"). The value stands as
// typed until the person takes the offer with the one button (the model's parseNumberText says
// when to offer, as `didYouMean`).

export function PercentOffer({ meant, typed, onAccept }: { meant: number; typed: string; onAccept: () => void }) {
  return (
    <>
      Did you mean {meant}%? It is now {typed.trim()}%.{' '}
      <button type="button" className="secondary small" onClick={onAccept}>
        Use {meant}%
      </button>
    </>
  );
}
