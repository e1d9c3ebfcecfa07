/**
 * Words too common to say two articles are related, in normalized form (no hamza seats, ى → ي,
 * ة → ه; see normalize.ts). A token is also dropped when it is one of these behind a conjunction و.
 * Kept short on purpose: IDF already discounts what is common in a feed (weekdays included), and
 * every word ships.
 */
export const STOP = new Set(
  (
    'في من الي علي عن مع ان او ثم حتي قد لا لم لن ما هذا هذه ذلك التي الذي الذين هو هي هم نحن كان كانت بعد قبل عند كل ' +
    'بين ايضا كما غير منذ خلال حول اليوم يوم قال اضاف له لها فيه منه عليه الا اكثر مثل الان حيث تم ' +
    'the an and or of to in on at by for from with as is are was were be it its this that ' +
    'he she they we not but has have had will said'
  ).split(' '),
);
