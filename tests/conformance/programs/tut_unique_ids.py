def id_generator(prefix, start=1):
    n = start
    while True:
        yield f"{prefix}-{n:04d}"
        n += 1
user_ids = id_generator("USR")
order_ids = id_generator("ORD", 500)
print(next(user_ids), next(user_ids))
print(next(order_ids))
print(next(user_ids), next(order_ids))
users = {}
for name in ["ann", "bob", "cy"]:
    users[next(user_ids)] = name
print(users)
def ticket_counter():
    n = 0
    while True:
        n += 1
        yield n
tickets = ticket_counter()
queue = [(next(tickets), who) for who in ["x", "y", "z"]]
print(queue, next(tickets))
