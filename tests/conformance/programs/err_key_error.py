prices = {"apple": 1.25, "pear": 0.8}
def cost(basket):
    total = 0
    for item, qty in basket:
        total += prices[item] * qty
        print(f"{item}: subtotal {total:.2f}")
    return total
print(cost([("apple", 2), ("pear", 3)]))
print(prices.get("mango", "no mango price"))
print(cost([("pear", 1), ("mango", 2)]))
print("never printed")
