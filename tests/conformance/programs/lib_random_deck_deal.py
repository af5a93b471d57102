# A shuffled deck dealt by a generator, hand by hand.
import random

SUITS = "SHDC"
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]


def deck():
    for suit in SUITS:
        for rank in RANKS:
            yield rank + suit


def deal(cards, hand_size):
    hand = []
    for card in cards:
        hand.append(card)
        if len(hand) == hand_size:
            yield hand
            hand = []
    if hand:
        yield hand


rng = random.Random(52)
cards = list(deck())
rng.shuffle(cards)
for i, hand in enumerate(deal(cards, 5)):
    print(i, hand)

# Shuffling again continues the same sequence; a fresh generator repeats it.
again = list(deck())
random.Random(52).shuffle(again)
print(again == cards)

small = [1]
rng.shuffle(small)
empty = []
rng.shuffle(empty)
print(small, empty)

for bad in [(1, 2, 3), "abc", 5]:
    try:
        rng.shuffle(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    rng.shuffle()
except TypeError as e:
    print(type(e).__name__ + ":", e)
